import type { Figure } from '../model';
import { CountingMeter } from '../work-meter';
import { diffRevisions } from './diff-revisions';
import { MAX_ALIGNMENT_CELLS } from './diff-work';
import { analysisOf, documentOfList, figureOf } from './fixtures.spec-helper';
import { MAX_SCORED_PAIRS } from './greedy-pairing';

// Each hostile pair of revisions is diffed at n and 4n; the work counted must
// grow about linearly (at most 4.4x), past every cap as well as below them.

const range = (length: number) => Array.from({ length }, (_, index) => index);

function measuredDiff(before: { paragraphs: string[]; figures?: Figure[] }, after: typeof before) {
  const meter = new CountingMeter();
  const diff = diffRevisions(
    analysisOf({ doc: documentOfList(before.paragraphs), figures: before.figures ?? [] }),
    analysisOf({ doc: documentOfList(after.paragraphs), figures: after.figures ?? [] }),
    { meter },
  );
  return { diff, work: meter.total() };
}

function expectLinearGrowth(small: { work: number }, large: { work: number }) {
  expect(small.work).toBeGreaterThan(0);
  expect(large.work / small.work).toBeLessThanOrEqual(4.4);
}

describe(`${diffRevisions.name} work on hostile revisions`, () => {
  it('given the same 5,000 and 20,000 identical blocks on both sides, then nothing changes and the work grows at most about 4x', () => {
    const page = (n: number) => ({ paragraphs: range(n).map(() => 'The same paragraph again.') });
    const small = measuredDiff(page(5_000), page(5_000));
    const large = measuredDiff(page(20_000), page(20_000));
    expectLinearGrowth(small, large);
    expect(large.diff).toMatchObject({ blocks: [], capsHit: [] });
  });

  it('given identical blocks framed by a new first and last block, then past the alignment cap only those two are added', () => {
    const page = (n: number) => range(n).map(() => 'The same paragraph again.');
    const framed = (n: number) => ({ paragraphs: ['A new opening.', ...page(n), 'A new closing.'] });
    const small = measuredDiff({ paragraphs: page(5_000) }, framed(5_000));
    const large = measuredDiff({ paragraphs: page(20_000) }, framed(20_000));
    expectLinearGrowth(small, large);
    expect(5_000 * 5_000).toBeGreaterThan(MAX_ALIGNMENT_CELLS);
    expect(large.diff.capsHit).toEqual(['alignment']);
    expect(large.diff.blocks.map((block) => [block.change, block.to?.index])).toEqual([
      ['added', 0],
      ['added', 20_001],
    ]);
  });

  it('given 5,000 and 20,000 blocks each edited in one word, then past the caps each is changed and the work grows at most about 4x', () => {
    const page = (n: number, word: string) => ({
      paragraphs: range(n).map((index) => `Paragraph ${index} says that ${index} accounts were removed ${word}.`),
    });
    const small = measuredDiff(page(5_000, 'today'), page(5_000, 'yesterday'));
    const large = measuredDiff(page(20_000, 'today'), page(20_000, 'yesterday'));
    expectLinearGrowth(small, large);
    expect(large.diff.capsHit).toEqual(['alignment', 'block-pairing']);
    expect(large.diff.blocks).toHaveLength(20_000);
    expect(large.diff.blocks.every((block) => block.change === 'changed')).toBe(true);
    expect(large.diff.blocks[7].hunks).toContainEqual({ op: 'insert', text: ' yesterday.' });
  });

  it('given a page of 12,500 and 50,000 numbers that all change, then every figure is changed and the work grows at most about 4x', () => {
    const page = (n: number, shift: number) => ({
      paragraphs: [
        range(n)
          .map((index) => String(index + shift))
          .join(' '),
      ],
      figures: range(n).map((index) => figureOf({ key: `numbers/n${index}`, value: index + shift, start: index })),
    });
    const small = measuredDiff(page(12_500, 0), page(12_500, 1));
    const large = measuredDiff(page(50_000, 0), page(50_000, 1));
    expectLinearGrowth(small, large);
    expect(large.diff.figureChanges).toHaveLength(50_000);
    expect(large.diff.figureChanges.every((change) => change.change === 'changed')).toBe(true);
    expect(large.diff.capsHit).toEqual(['alignment']);
  });

  it('given 5,000 and 20,000 figures all under new keys, then the fallback pairing is capped and reported, and the work grows at most about 4x', () => {
    const figures = (n: number, prefix: string) =>
      range(n).map((index) => figureOf({ key: `${prefix}${index}`, value: index, label: 'accounts', start: index }));
    const small = measuredDiff(
      { paragraphs: ['page'], figures: figures(5_000, 'old') },
      { paragraphs: ['page'], figures: figures(5_000, 'new') },
    );
    const large = measuredDiff(
      { paragraphs: ['page'], figures: figures(20_000, 'old') },
      { paragraphs: ['page'], figures: figures(20_000, 'new') },
    );
    expectLinearGrowth(small, large);
    expect(5_000 * 5_000).toBeGreaterThan(MAX_SCORED_PAIRS);
    expect(large.diff.capsHit).toEqual(['figure-pairing']);
    expect(large.diff.figureChanges).toHaveLength(40_000);
  });

  it('given one huge block of 60,000 and 240,000 words with every tenth word edited, then the words align on what was kept and the work grows at most about 4x', () => {
    const page = (n: number, edited: boolean) => ({
      paragraphs: [
        range(n)
          .map((index) => (edited && index % 10 === 0 ? `edit${index}` : `word${index}`))
          .join(' '),
      ],
    });
    const small = measuredDiff(page(60_000, false), page(60_000, true));
    const large = measuredDiff(page(240_000, false), page(240_000, true));
    expectLinearGrowth(small, large);
    expect(large.diff.capsHit).toEqual(['alignment']);
    const [block] = large.diff.blocks;
    expect(block.change).toBe('changed');
    expect(block.hunks?.filter((hunk) => hunk.op === 'insert')).toHaveLength(24_000);
  });

  it('given a few reworded figures, then the fallback pairs them and no cap is reported', () => {
    const before = [figureOf({ key: 'a', value: 7, section: 'Events', label: 'events hosted' })];
    const after = [figureOf({ key: 'b', value: 7, section: 'Events', label: 'events were hosted' })];
    const { diff } = measuredDiff({ paragraphs: ['x'], figures: before }, { paragraphs: ['x'], figures: after });
    expect(diff).toMatchObject({ figureChanges: [], capsHit: [] });
  });
});
