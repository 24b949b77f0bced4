import { diffBlocks, pairBlocks } from './block-changes';
import { documentOf } from './fixtures.spec-helper';

describe(diffBlocks.name, () => {
  it('given the same blocks, when diffed, then nothing is reported', () => {
    expect(diffBlocks(documentOf('a b c', 'd e f'), documentOf('a b c', 'd e f'))).toEqual([]);
  });

  it('given a block edited in a few words, when diffed, then it is changed with word hunks', () => {
    const before = documentOf('Intro.', 'About 1.02 million accounts followed these Pages.');
    const after = documentOf('Intro.', 'About 1.1 million accounts followed these Pages.');
    const [change, ...rest] = diffBlocks(before, after);
    expect(rest).toEqual([]);
    expect(change.change).toBe('changed');
    expect(change.from).toEqual({
      blockId: 'b1',
      index: 1,
      text: before.sections[0].blocks[1].text,
    });
    expect(change.to?.blockId).toBe('b1');
    expect(change.hunks).toContainEqual({ op: 'insert', text: ' 1.1' });
  });

  it('given a new and a dropped block with nothing in common, when diffed, then they are removed and added in order', () => {
    const changes = diffBlocks(documentOf('keep', 'old words only'), documentOf('keep', 'entirely fresh sentence'));
    expect(changes.map((change) => change.change)).toEqual(['removed', 'added']);
    expect(changes[0].hunks).toBeUndefined();
  });

  it('given an identical block placed elsewhere, when diffed, then it is moved', () => {
    const changes = diffBlocks(documentOf('one', 'two', 'three', 'four'), documentOf('two', 'three', 'four', 'one'));
    expect(changes).toEqual([
      {
        change: 'moved',
        from: { blockId: 'b0', index: 0, text: 'one' },
        to: { blockId: 'b3', index: 3, text: 'one' },
      },
    ]);
  });

  it('given an update note appended as a new block, when diffed, then one added block is reported at its place', () => {
    const changes = diffBlocks(documentOf('a', 'b'), documentOf('a', '[Updated on May 1, 2020]', 'b'));
    expect(changes).toEqual([
      {
        change: 'added',
        from: null,
        to: { blockId: 'b1', index: 1, text: '[Updated on May 1, 2020]' },
      },
    ]);
  });
});

describe(`${pairBlocks.name} on a very large page`, () => {
  it('given 400,000 new blocks, then each is added without overflowing the stack', () => {
    const after = Array.from({ length: 400_000 }, (_, index) => `paragraph ${index}`);
    const pairs = pairBlocks([], after);
    expect(pairs).toHaveLength(400_000);
    expect(pairs.every((pair) => pair.kind === 'added')).toBe(true);
  });

  it('given a page too large to align with one block moved from the end to the start, then only that block is moved', () => {
    // 50,001 blocks a side is past the alignment allowance, so the page is aligned on its identical blocks.
    const repeated = Array.from({ length: 50_000 }, (_, index) => `paragraph ${index % 7}`);
    const pairs = pairBlocks([...repeated, 'tail'], ['tail', ...repeated]);
    expect(pairs).toHaveLength(50_001);
    expect(pairs.filter((pair) => pair.kind !== 'equal')).toEqual([
      { kind: 'moved', beforeIndex: 50_000, afterIndex: 0 },
    ]);
  });
});
