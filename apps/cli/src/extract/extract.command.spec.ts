import { runCommandLine } from '../run';
import { fakeIo } from '../testing/fake-io.spec-helper';
import { extractCommand } from './extract.command';

const report = [
  'Taking Down Coordinated Inauthentic Behavior',
  '',
  'Today we removed 82 Pages, Groups and accounts.',
  '',
  '[Updated on October 26, 2018 at 1:30PM PT to provide additional information.]',
].join('\n');

describe(extractCommand.name, () => {
  it('given a text report, when extracted, then the JSON has the contract fields in order', async () => {
    const io = fakeIo({ files: { 'report.txt': report } });
    const code = await runCommandLine(['extract', 'report.txt'], io);
    expect(code).toBe(0);
    const output = JSON.parse(io.out());
    expect(Object.keys(output)).toEqual(['title', 'figures', 'amendments']);
    for (const figure of output.figures) {
      expect(Object.keys(figure)).toEqual([
        'key',
        'label',
        'value',
        'qualifier',
        'unit',
        'text',
        'section',
        'start',
        'end',
      ]);
    }
    for (const note of output.amendments) {
      expect(Object.keys(note)).toEqual(['raw', 'effectiveAt', 'precision', 'timezone', 'reason']);
    }
    expect(io.out()).toContain('\n  "figures": ');
  });

  it('given stdin, when extracted, then the same document is read from it', async () => {
    const fromFile = fakeIo({ files: { 'report.txt': report } });
    const fromStdin = fakeIo({ stdin: report });
    await runCommandLine(['extract', 'report.txt'], fromFile);
    expect(await runCommandLine(['extract', '-'], fromStdin)).toBe(0);
    expect(fromStdin.out()).toBe(fromFile.out());
  });

  it('given an empty file, when extracted, then one line names the file on stderr and the exit code is 2', async () => {
    const io = fakeIo({ files: { 'empty.txt': '' } });
    expect(await runCommandLine(['extract', 'empty.txt'], io)).toBe(2);
    expect(io.err()).toBe('palimpsest extract: empty.txt: is empty\n');
    expect(io.out()).toBe('');
  });

  it('given a directory, when extracted, then the exit code is 2 and the problem is named', async () => {
    const io = fakeIo({ directories: ['dataset'] });
    expect(await runCommandLine(['extract', 'dataset'], io)).toBe(2);
    expect(io.err()).toBe('palimpsest extract: dataset: is a directory, not a file\n');
  });

  it('given no file operand, when run, then usage goes to stderr with exit code 2', async () => {
    const io = fakeIo({});
    expect(await runCommandLine(['extract'], io)).toBe(2);
    expect(io.err()).toContain('Usage: palimpsest extract FILE');
  });
});
