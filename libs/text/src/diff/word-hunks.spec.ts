import { diffWords } from './word-hunks';

describe(diffWords.name, () => {
  it('given a changed number, when diffed, then only that word is deleted and inserted', () => {
    const hunks = diffWords('About 1.02 million accounts followed', 'About 1.1 million accounts followed');
    expect(hunks).toEqual([
      { op: 'equal', text: 'About' },
      { op: 'delete', text: ' 1.02' },
      { op: 'insert', text: ' 1.1' },
      { op: 'equal', text: ' million accounts followed' },
    ]);
  });

  it('given any edit, when the hunks are joined by side, then each side gives its text back', () => {
    const before = 'Seven events hosted, and two received no interest.';
    const after = 'Eight events were hosted, and two received no interest at all.';
    const hunks = diffWords(before, after);
    const side = (skip: string) =>
      hunks
        .filter((hunk) => hunk.op !== skip)
        .map((hunk) => hunk.text)
        .join('')
        .trim();
    expect(side('insert')).toBe(before);
    expect(side('delete')).toBe(after);
  });

  it('given the same text, when diffed, then one equal hunk is returned', () => {
    expect(diffWords('no change here', 'no change here')).toEqual([{ op: 'equal', text: 'no change here' }]);
  });
});
