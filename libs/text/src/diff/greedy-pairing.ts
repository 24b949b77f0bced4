import type { DiffCap } from './diff-work';
import { DiffWork } from './diff-work';

/** Past this many candidate pairs, pairing is skipped rather than scored one by one. */
export const MAX_SCORED_PAIRS = 4_000_000;

export interface PairingLimits {
  work: DiffWork;
  /** The cap recorded when the pools are too large to score pairwise. */
  cap: DiffCap;
  /** Past the cap, pair the pools' k-th elements with each other (linear) instead of leaving them unpaired. */
  inOrderPastCap?: boolean;
}

/**
 * Greedy best-first pairing of two index pools by a score; ties go to the
 * earliest indices so the result is deterministic. Paired indices are removed from both pools.
 */
export function pairWhere(
  before: number[],
  after: number[],
  score: (b: number, a: number) => number,
  threshold: number,
  limits: PairingLimits = { work: new DiffWork(), cap: 'block-pairing' },
): [number, number][] {
  // Scoring every pair is quadratic: two huge, wholly rewritten pages would stall the consumer.
  // Past the cap the leftovers stay unpaired (reported as added and removed), or pair in order.
  if (before.length * after.length > MAX_SCORED_PAIRS) {
    limits.work.capHit(limits.cap);
    return limits.inOrderPastCap ? pairInOrder(before, after, score, threshold, limits.work) : [];
  }
  limits.work.count('pairs-scored', before.length * after.length);
  const candidates: { b: number; a: number; score: number }[] = [];
  for (const b of before) {
    for (const a of after) {
      const value = score(b, a);
      if (value >= threshold) candidates.push({ b, a, score: value });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.b - y.b || x.a - y.a);
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const paired: [number, number][] = [];
  for (const { b, a } of candidates) {
    if (usedBefore.has(b) || usedAfter.has(a)) continue;
    usedBefore.add(b);
    usedAfter.add(a);
    paired.push([b, a]);
  }
  removeAll(before, usedBefore);
  removeAll(after, usedAfter);
  return paired;
}

/**
 * The linear fallback: the k-th left in one pool pairs with the k-th left in
 * the other when they score at the threshold, which finds a page whose blocks
 * were each edited in place. Paired indices are removed from both pools.
 */
export function pairInOrder(
  before: number[],
  after: number[],
  score: (b: number, a: number) => number,
  threshold: number,
  work: DiffWork,
): [number, number][] {
  const length = Math.min(before.length, after.length);
  work.count('pairs-scored', length);
  const paired: [number, number][] = [];
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  for (let k = 0; k < length; k++) {
    if (score(before[k], after[k]) < threshold) continue;
    paired.push([before[k], after[k]]);
    usedBefore.add(before[k]);
    usedAfter.add(after[k]);
  }
  removeAll(before, usedBefore);
  removeAll(after, usedAfter);
  return paired;
}

/** Compacts the pool in place; no spread, since a large page's pool can exceed the engine's argument limit. */
export function removeAll(pool: number[], used: Set<number>): void {
  let kept = 0;
  for (const index of pool) if (!used.has(index)) pool[kept++] = index;
  pool.length = kept;
}
