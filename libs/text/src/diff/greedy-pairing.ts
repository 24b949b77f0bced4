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

function removeAll(pool: number[], used: Set<number>): void {
  const kept = pool.filter((index) => !used.has(index));
  pool.splice(0, pool.length, ...kept);
}
