import type { Figure } from '../model';
import { DiffWork } from './diff-work';
import { pairWhere, removeAll } from './greedy-pairing';
import type { WordCounts } from './word-similarity';
import { countsSimilarity, wordCounts } from './word-similarity';

/** Labels of one metric in a reworded sentence still share about half their words ("accounts followed ... Pages"). */
export const REWORDED_LABEL_SIMILARITY = 0.5;

export interface FigurePair {
  beforeIndex: number | null;
  afterIndex: number | null;
}

/**
 * Pairs each old figure with its new counterpart: first by key (a map, linear),
 * then, for sentences reworded enough to change the key, by the best fallback
 * score over the figures left, which is quadratic and capped (MAX_SCORED_PAIRS,
 * recorded as the "figure-pairing" cap; past it the leftovers are removed and added).
 */
export function pairFigures(
  before: readonly Figure[],
  after: readonly Figure[],
  work: DiffWork = new DiffWork(),
): FigurePair[] {
  const unmatchedBefore = before.map((_, index) => index);
  const unmatchedAfter = after.map((_, index) => index);
  const pairs: FigurePair[] = [];
  const add = (matched: [number, number][]) => {
    for (const [beforeIndex, afterIndex] of matched) pairs.push({ beforeIndex, afterIndex });
  };
  work.count('figure-pools', before.length + after.length);
  add(pairByKey(before, after, unmatchedBefore, unmatchedAfter));
  const labels = new Map<Figure, WordCounts>();
  const labelOf = (figure: Figure) => {
    let counts = labels.get(figure);
    if (!counts) labels.set(figure, (counts = wordCounts(figure.label)));
    return counts;
  };
  const score = (b: number, a: number) => fallbackScore(before[b], after[a], labelOf, work);
  add(pairWhere(unmatchedBefore, unmatchedAfter, score, 1, { work, cap: 'figure-pairing' }));
  for (const beforeIndex of unmatchedBefore) pairs.push({ beforeIndex, afterIndex: null });
  for (const afterIndex of unmatchedAfter) pairs.push({ beforeIndex: null, afterIndex });
  return pairs;
}

/** Same key pairs in order of appearance, so a key that repeats pairs first with first; found through a map. */
function pairByKey(before: readonly Figure[], after: readonly Figure[], poolBefore: number[], poolAfter: number[]) {
  const occurrence = (figures: readonly Figure[], index: number, occurrences: number[]) =>
    `${occurrences[index]}\u0000${figures[index].key}`;
  const afterOccurrences = keyOccurrences(after);
  const afterByOccurrence = new Map(poolAfter.map((a) => [occurrence(after, a, afterOccurrences), a]));
  const beforeOccurrences = keyOccurrences(before);
  const paired: [number, number][] = [];
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  for (const b of poolBefore) {
    const a = afterByOccurrence.get(occurrence(before, b, beforeOccurrences));
    if (a === undefined) continue;
    paired.push([b, a]);
    usedBefore.add(b);
    usedAfter.add(a);
  }
  removeAll(poolBefore, usedBefore);
  removeAll(poolAfter, usedAfter);
  return paired;
}

/** For each figure, how many earlier figures share its key. */
function keyOccurrences(figures: readonly Figure[]): number[] {
  const seen = new Map<string, number>();
  return figures.map((figure) => {
    const count = seen.get(figure.key) ?? 0;
    seen.set(figure.key, count + 1);
    return count;
  });
}

/**
 * Scores at or above 1 pair. Eligible: the same unit, and either the same
 * section with labels mostly shared (a reworded sentence) or the same value
 * under the same section or a related label. A kept value weighs as much as
 * fully shared label words: within one section an exact number rarely recurs by chance.
 */
function fallbackScore(b: Figure, a: Figure, labelOf: (figure: Figure) => WordCounts, work: DiffWork): number {
  if (b.unit !== a.unit) return 0;
  const similarity = countsSimilarity(labelOf(b), labelOf(a), work);
  const sameSection = b.section === a.section;
  const sameValue = b.value === a.value;
  const reworded = sameSection && similarity >= REWORDED_LABEL_SIMILARITY;
  const kept = sameValue && (sameSection || similarity >= REWORDED_LABEL_SIMILARITY / 2);
  if (!reworded && !kept) return 0;
  return 1 + 2 * similarity + (sameValue ? 2 : 0) + (sameSection ? 0.5 : 0);
}
