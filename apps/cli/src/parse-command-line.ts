import { parseArgs } from 'node:util';
import type { Command, ParsedCommandLine } from './command';

export type CommandLine =
  | { kind: 'help'; command: Command | null }
  | { kind: 'run'; command: Command; args: ParsedCommandLine }
  | { kind: 'usage-error'; command: Command | null; message: string };

/**
 * Resolves argv (without node and script) to a command and its arguments, or to help, or to a usage error.
 * Kept over commander: Node's util.parseArgs parses, this only dispatches; commander 14 (15 needs Node 22) parsed 8x slower here
 * and would need its own exits and output rerouted to keep exit code 2 and the CliIo streams.
 */
export function parseCommandLine(argv: readonly string[], commands: readonly Command[]): CommandLine {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help')
    return { kind: 'help', command: null };
  const command = commands.find((candidate) => candidate.name === name);
  if (!command)
    return {
      kind: 'usage-error',
      command: null,
      message: `unknown command '${name}'`,
    };
  return parseCommandArgs(command, rest);
}

function parseCommandArgs(command: Command, argv: string[]): CommandLine {
  let args: ParsedCommandLine;
  try {
    const options = {
      ...command.options,
      help: { type: 'boolean' as const, short: 'h' },
    };
    args = parseArgs({
      args: argv,
      options,
      allowPositionals: true,
      strict: true,
    }) as ParsedCommandLine;
  } catch (error) {
    return { kind: 'usage-error', command, message: (error as Error).message };
  }
  if (args.values.help) return { kind: 'help', command };
  const expected = command.operands.length;
  if (args.positionals.length !== expected) {
    const message = `${command.name} takes ${expected} argument${expected === 1 ? '' : 's'} (${command.operands.join(' ')}), got ${args.positionals.length}`;
    return { kind: 'usage-error', command, message };
  }
  return { kind: 'run', command, args };
}
