import type { Command } from './command';

export const PROGRAM = 'palimpsest';

export function programUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...lines,
    '',
    `Run '${PROGRAM} <command> --help' for a command's usage.`,
    '',
  ].join('\n');
}

export function commandUsage(command: Command): string {
  const operands = command.operands.join(' ');
  const flags = Object.entries(command.options ?? {}).map(
    ([name, option]) => [`--${name}${option.type === 'string' ? ' VALUE' : ''}`, option.description ?? ''] as const,
  );
  const width = Math.max(0, ...flags.map(([flag]) => flag.length));
  const options = flags.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`.trimEnd());
  return [
    `Usage: ${PROGRAM} ${command.name} ${operands}`.trimEnd(),
    '',
    command.summary,
    '',
    'Options:',
    ...options,
    '  --help  show this help',
    '',
  ].join('\n');
}
