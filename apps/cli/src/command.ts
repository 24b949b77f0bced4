/** Where a command reads and writes; the process streams in production, buffers in tests. */
export interface CliIo {
  readFile(path: string): Promise<Buffer>;
  readStdin(): Promise<Buffer>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export interface ParsedCommandLine {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export interface CommandOption {
  type: 'string' | 'boolean';
  /** A string option given more than once collects every value. */
  multiple?: boolean;
  /** One line for the command's help. */
  description?: string;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Positional arguments as shown in usage, e.g. ['OLD', 'NEW']; each one is required. */
  operands: string[];
  options?: Record<string, CommandOption>;
  run(args: ParsedCommandLine, io: CliIo): Promise<number>;
}

/** Exit codes: 0 done, 1 unexpected failure, 2 bad usage or unreadable input (as in BSD sysexits' spirit for grep/diff). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Says on stderr what went wrong, as `palimpsest COMMAND: message`, and gives the exit code back. */
export function complain(io: CliIo, command: string, message: string, code = EXIT_USAGE): number {
  io.stderr.write(`palimpsest ${command}: ${message}\n`);
  return code;
}
