import { readFile } from 'node:fs/promises';
import type { CliIo } from './command';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './command';
import { COMMANDS } from './commands';
import { parseCommandLine } from './parse-command-line';
import { commandUsage, PROGRAM, programUsage } from './usage';

/** Runs one command line against the given streams and returns the exit code. */
export async function runCommandLine(argv: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(argv, COMMANDS);
  const usage = line.command ? commandUsage(line.command) : programUsage(COMMANDS);
  if (line.kind === 'help') {
    io.stdout.write(usage);
    return EXIT_OK;
  }
  if (line.kind === 'usage-error') {
    io.stderr.write(`${PROGRAM}: ${line.message}\n\n${usage}`);
    return EXIT_USAGE;
  }
  try {
    return await line.command.run(line.args, io);
  } catch (error) {
    io.stderr.write(`${PROGRAM} ${line.command.name}: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}

function processIo(): CliIo {
  return {
    readFile: (path) => readFile(path),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdout: process.stdout,
    stderr: process.stderr,
  };
}

/** The process entry: real streams in, exit code out. */
export async function run(argv: readonly string[]): Promise<void> {
  process.exitCode = await runCommandLine(argv, processIo());
}
