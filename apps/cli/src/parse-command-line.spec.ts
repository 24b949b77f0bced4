import type { Command } from './command';
import { parseCommandLine } from './parse-command-line';

const echo: Command = {
  name: 'echo',
  summary: 'echo',
  operands: ['A', 'B'],
  run: async () => 0,
};
const commands = [echo];

describe(parseCommandLine.name, () => {
  it('given no arguments, when parsed, then program help is asked for', () => {
    expect(parseCommandLine([], commands)).toEqual({
      kind: 'help',
      command: null,
    });
  });

  it('given --help, when parsed, then program help is asked for', () => {
    expect(parseCommandLine(['--help'], commands)).toEqual({
      kind: 'help',
      command: null,
    });
  });

  it('given a command and --help, when parsed, then that command help is asked for', () => {
    expect(parseCommandLine(['echo', '--help'], commands)).toEqual({
      kind: 'help',
      command: echo,
    });
  });

  it('given an unknown command, when parsed, then it is a usage error naming it', () => {
    expect(parseCommandLine(['frobnicate'], commands)).toEqual({
      kind: 'usage-error',
      command: null,
      message: "unknown command 'frobnicate'",
    });
  });

  it('given the wrong number of operands, when parsed, then it is a usage error for that command', () => {
    expect(parseCommandLine(['echo', 'x'], commands)).toMatchObject({
      kind: 'usage-error',
      command: echo,
      message: 'echo takes 2 arguments (A B), got 1',
    });
  });

  it('given an unknown option, when parsed, then it is a usage error', () => {
    expect(parseCommandLine(['echo', 'x', 'y', '--loud'], commands)).toMatchObject({
      kind: 'usage-error',
      command: echo,
    });
  });

  it('given the operands, when parsed, then the command runs with them, "-" included', () => {
    expect(parseCommandLine(['echo', 'x', '-'], commands)).toMatchObject({
      kind: 'run',
      command: echo,
      args: { positionals: ['x', '-'] },
    });
  });
});
