import { MAX_SCORED_PAIRS, pairWhere } from './greedy-pairing';
import { DiffWork } from './diff-work';

const range = (length: number) => Array.from({ length }, (_, index) => index);

describe(pairWhere.name, () => {
  it('given equal scores, when paired, then the earliest indices pair first and leave the pools', () => {
    const before = [0, 1];
    const after = [0, 1, 2];
    expect(pairWhere(before, after, () => 1, 0.5)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(before).toEqual([]);
    expect(after).toEqual([2]);
  });

  it('given a pool of 200,000 indices and nothing to pair with, then the pool is kept without overflowing the stack', () => {
    const before = range(200_000);
    expect(pairWhere(before, [], () => 1, 0.5)).toEqual([]);
    expect(before).toHaveLength(200_000);
  });

  it('given pools too large to score pairwise, then nothing is paired and no score is computed', () => {
    const side = Math.ceil(Math.sqrt(MAX_SCORED_PAIRS)) + 1;
    const score = jest.fn(() => 1);
    expect(pairWhere(range(side), range(side), score, 0.5)).toEqual([]);
    expect(score).not.toHaveBeenCalled();
  });
});

describe(`${pairWhere.name} past its cap`, () => {
  const side = Math.ceil(Math.sqrt(MAX_SCORED_PAIRS)) + 1;

  it('given pools too large and a diff to report to, then the cap is named in it', () => {
    const work = new DiffWork();
    pairWhere(range(side), range(side), () => 1, 0.5, { work, cap: 'figure-pairing' });
    expect(work.capsHit()).toEqual(['figure-pairing']);
  });

  it('given pools too large and in-order pairing allowed, then the k-th elements pair when they score', () => {
    const work = new DiffWork();
    const before = range(side);
    const after = range(side).map((index) => index + 1);
    const score = (b: number, a: number) => (a === b + 1 && b % 2 === 0 ? 1 : 0);
    const paired = pairWhere(before, after, score, 0.5, { work, cap: 'block-pairing', inOrderPastCap: true });
    expect(paired).toHaveLength(Math.ceil(side / 2));
    expect(paired[1]).toEqual([2, 3]);
    expect(before).toHaveLength(side - paired.length);
    expect(work.capsHit()).toEqual(['block-pairing']);
  });
});
