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

describe(`${diffWords.name} on long runs of spaces`, () => {
  // A tokenizer like /\s*\S+/g retries from every space of a trailing run: 100,000 spaces took 9.5 s.
  it('given a word followed by 100,000 spaces, when diffed, then the spaces are one scan and the word is kept', () => {
    expect(diffWords(`one${' '.repeat(100_000)}`, 'one two')).toEqual([
      { op: 'equal', text: 'one' },
      { op: 'insert', text: ' two' },
    ]);
  });

  it('given words separated by 100,000 spaces, when diffed, then each side gives its text back', () => {
    const before = `one${' '.repeat(100_000)}two`;
    const hunks = diffWords(before, 'one three');
    expect(
      hunks
        .filter((hunk) => hunk.op !== 'insert')
        .map((hunk) => hunk.text)
        .join(''),
    ).toBe(before);
  });
});
