import { type Result } from '@palimpsest/contracts';
import type { CliIo } from '../command';
import { decodeText } from './decode-text';
import type { InputFormat } from './detect-format';
import { detectFormat } from './detect-format';

export const STDIN_OPERAND = '-';

export interface Input {
  name: string;
  format: InputFormat;
  text: string;
}

/** Reads a file operand (or stdin for "-") and checks that it is text; a failure carries a one-line message naming the file. */
export async function readInput(operand: string, io: CliIo): Promise<Result<Input>> {
  const name = operand === STDIN_OPERAND ? 'stdin' : operand;
  let bytes: Buffer;
  try {
    bytes = operand === STDIN_OPERAND ? await io.readStdin() : await io.readFile(operand);
  } catch (error) {
    return {
      ok: false,
      reason: `${name}: ${readProblem(error as NodeJS.ErrnoException)}`,
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, reason: `${name}: ${decoded.reason}` };
  return {
    ok: true,
    value: { name, format: detectFormat(name), text: decoded.value },
  };
}

export function readProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}
