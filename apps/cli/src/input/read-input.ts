import { CliIo } from '../command';
import { decodeText } from './decode-text';
import { detectFormat, InputFormat } from './detect-format';

export const STDIN_OPERAND = '-';

export type Input = { ok: true; name: string; format: InputFormat; text: string } | { ok: false; message: string };

/** Reads a file operand (or stdin for "-") and checks that it is text; a failure carries a one-line message naming the file. */
export async function readInput(operand: string, io: CliIo): Promise<Input> {
  const name = operand === STDIN_OPERAND ? 'stdin' : operand;
  let bytes: Buffer;
  try {
    bytes = operand === STDIN_OPERAND ? await io.readStdin() : await io.readFile(operand);
  } catch (error) {
    return {
      ok: false,
      message: `${name}: ${readProblem(error as NodeJS.ErrnoException)}`,
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: `${name}: ${decoded.problem}` };
  return {
    ok: true,
    name,
    format: detectFormat(name),
    text: decoded.text,
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
