/** Past this many candidate pairs, pairing is skipped rather than scored one by one. */
export const MAX_SCORED_PAIRS = 4_000_000;

/**
 * Greedy best-first pairing of two index pools by a score; ties go to the
 * earliest indices so the result is deterministic. Paired indices are removed from both pools.
 */
export function pairWhere(
  before: number[],
  after: number[],
  score: (b: number, a: number) => number,
  threshold: number,
): [number, number][] {
  // Scoring every pair is quadratic: two huge, wholly rewritten pages would stall the consumer.
  // Past the cap the leftovers stay unpaired (reported as added and removed).
  if (before.length * after.length > MAX_SCORED_PAIRS) return [];
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

/** Compacts the pool in place; no spread, since a large page's pool can exceed the engine's argument limit. */
function removeAll(pool: number[], used: Set<number>): void {
  let kept = 0;
  for (const index of pool) if (!used.has(index)) pool[kept++] = index;
  pool.length = kept;
}
