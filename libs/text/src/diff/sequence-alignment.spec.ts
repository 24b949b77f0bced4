import { alignSequences } from './sequence-alignment';
import { DiffWork } from './diff-work';

describe(alignSequences.name, () => {
  it('given identical sequences, when aligned, then every step is equal', () => {
    const steps = alignSequences(['a', 'b'], ['a', 'b']);
    expect(steps.map((step) => step.op)).toEqual(['equal', 'equal']);
  });

  it('given one element replaced in the middle, when aligned, then the deletion comes before the insertion', () => {
    const steps = alignSequences(['a', 'b', 'c'], ['a', 'x', 'c']);
    expect(steps).toEqual([
      { op: 'equal', beforeIndex: 0, afterIndex: 0 },
      { op: 'delete', beforeIndex: 1 },
      { op: 'insert', afterIndex: 1 },
      { op: 'equal', beforeIndex: 2, afterIndex: 2 },
    ]);
  });

  it('given an element moved to the end, when aligned, then the longest common subsequence is kept', () => {
    const steps = alignSequences(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'a']);
    expect(steps.filter((step) => step.op === 'equal')).toHaveLength(3);
    expect(steps.filter((step) => step.op !== 'equal')).toEqual([
      { op: 'delete', beforeIndex: 0 },
      { op: 'insert', afterIndex: 3 },
    ]);
  });

  it('given empty inputs, when aligned, then there are no steps or only insertions', () => {
    expect(alignSequences([], [])).toEqual([]);
    expect(alignSequences([], ['a'])).toEqual([{ op: 'insert', afterIndex: 0 }]);
  });
});

describe(`${alignSequences.name} on very long edits`, () => {
  it('given a middle too long for the table, when aligned, then it is deleted and inserted wholesale around the shared ends', () => {
    const length = 4_100;
    const before = ['head', ...Array.from({ length }, (_, i) => `old${i}`), 'tail'];
    const after = ['head', ...Array.from({ length }, (_, i) => `new${i}`), 'tail'];
    const steps = alignSequences(before, after);
    expect(steps[0]).toEqual({ op: 'equal', beforeIndex: 0, afterIndex: 0 });
    expect(steps.filter((step) => step.op === 'delete')).toHaveLength(length);
    expect(steps.filter((step) => step.op === 'insert')).toHaveLength(length);
    expect(steps[steps.length - 1]).toEqual({ op: 'equal', beforeIndex: length + 1, afterIndex: length + 1 });
  });
});

describe(`${alignSequences.name} on very long inputs`, () => {
  it('given two 150,000-block pages with nothing in common, then it reports them replaced without overflowing the stack', () => {
    const before = Array.from({ length: 150_000 }, (_, index) => `old block ${index}`);
    const after = Array.from({ length: 150_000 }, (_, index) => `new block ${index}`);
    const steps = alignSequences(before, after);
    expect(steps).toHaveLength(300_000);
    expect(steps.every((step) => step.op !== 'equal')).toBe(true);
  });
});

describe(`${alignSequences.name} past the alignment allowance`, () => {
  it('given a middle too long for the table with shared elements in order, then those stay equal and the cap is recorded', () => {
    const length = 4_100;
    const before = Array.from({ length }, (_, i) => (i % 2 === 0 ? `old${i}` : `kept${i}`));
    const after = Array.from({ length }, (_, i) => (i % 2 === 0 ? `new${i}` : `kept${i}`));
    const work = new DiffWork();
    const steps = alignSequences(before, after, work);
    expect(work.capsHit()).toEqual(['alignment']);
    expect(steps.filter((step) => step.op === 'equal')).toHaveLength(length / 2);
    expect(steps.slice(0, 3)).toEqual([
      { op: 'delete', beforeIndex: 0 },
      { op: 'insert', afterIndex: 0 },
      { op: 'equal', beforeIndex: 1, afterIndex: 1 },
    ]);
  });

  it('given one diff aligning several middles, then they share one allowance', () => {
    const work = new DiffWork();
    const side = (prefix: string) => Array.from({ length: 3_000 }, (_, i) => `${prefix}${i}`);
    alignSequences(side('a'), side('b'), work);
    expect(work.capsHit()).toEqual([]);
    alignSequences(side('c'), side('d'), work);
    expect(work.capsHit()).toEqual(['alignment']);
  });
});
