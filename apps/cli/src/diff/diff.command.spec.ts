import { runCommandLine } from '../run';
import { fakeIo } from '../testing/fake-io.spec-helper';
import { diffCommand } from './diff.command';

const before = 'Report\n\nWe removed 30 Pages.\n\nThe network was small.';
const after = 'Report\n\nWe removed 30 Pages.\n\nThe network was small, with few followers.';

describe(diffCommand.name, () => {
  it('given two revisions, when diffed, then the JSON has figure changes, blocks and the silent-edit verdict', async () => {
    const io = fakeIo({ files: { 'old.txt': before, 'new.txt': after } });
    expect(await runCommandLine(['diff', 'old.txt', 'new.txt'], io)).toBe(0);
    const output = JSON.parse(io.out());
    expect(Object.keys(output)).toEqual(['figureChanges', 'blocks', 'silentEdit']);
    expect(output.blocks).toMatchObject([
      {
        change: 'changed',
        to: { text: 'The network was small, with few followers.' },
      },
    ]);
    expect(output.silentEdit).toBe(output.figureChanges.length > 0);
  });

  it('given an unreadable NEW, when diffed, then stderr names it and the exit code is 2', async () => {
    const io = fakeIo({ files: { 'old.txt': before } });
    expect(await runCommandLine(['diff', 'old.txt', 'missing.txt'], io)).toBe(2);
    expect(io.err()).toBe('palimpsest diff: missing.txt: no such file\n');
  });

  it('given stdin for both sides, when diffed, then it is refused with exit code 2', async () => {
    const io = fakeIo({ stdin: before });
    expect(await runCommandLine(['diff', '-', '-'], io)).toBe(2);
    expect(io.err()).toContain("only one of OLD and NEW can be '-'");
  });
});
