import { Figure } from '../model';
import { pairWhere } from './greedy-pairing';
import { wordSimilarity } from './word-similarity';

/** Labels of one metric in a reworded sentence still share about half their words ("accounts followed ... Pages"). */
export const REWORDED_LABEL_SIMILARITY = 0.5;

export interface FigurePair {
  beforeIndex: number | null;
  afterIndex: number | null;
}

/**
 * Pairs each old figure with its new counterpart: first by key, then, for
 * sentences reworded enough to change the key, by the best fallback score.
 */
export function pairFigures(before: readonly Figure[], after: readonly Figure[]): FigurePair[] {
  const unmatchedBefore = before.map((_, index) => index);
  const unmatchedAfter = after.map((_, index) => index);
  const pairs: FigurePair[] = [];
  const add = (matched: [number, number][]) => {
    for (const [beforeIndex, afterIndex] of matched) pairs.push({ beforeIndex, afterIndex });
  };
  add(pairByKey(before, after, unmatchedBefore, unmatchedAfter));
  add(pairWhere(unmatchedBefore, unmatchedAfter, (b, a) => fallbackScore(before[b], after[a]), 1));
  for (const beforeIndex of unmatchedBefore) pairs.push({ beforeIndex, afterIndex: null });
  for (const afterIndex of unmatchedAfter) pairs.push({ beforeIndex: null, afterIndex });
  return pairs;
}

/** Same key pairs in order of appearance, so a key that repeats pairs first with first. */
function pairByKey(before: readonly Figure[], after: readonly Figure[], poolBefore: number[], poolAfter: number[]) {
  const beforeOccurrence = keyOccurrences(before);
  const afterOccurrence = keyOccurrences(after);
  const score = (b: number, a: number) =>
    before[b].key === after[a].key && beforeOccurrence[b] === afterOccurrence[a] ? 1 : 0;
  return pairWhere(poolBefore, poolAfter, score, 1);
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
function fallbackScore(b: Figure, a: Figure): number {
  if (b.unit !== a.unit) return 0;
  const similarity = wordSimilarity(b.label, a.label);
  const sameSection = b.section === a.section;
  const sameValue = b.value === a.value;
  const reworded = sameSection && similarity >= REWORDED_LABEL_SIMILARITY;
  const kept = sameValue && (sameSection || similarity >= REWORDED_LABEL_SIMILARITY / 2);
  if (!reworded && !kept) return 0;
  return 1 + 2 * similarity + (sameValue ? 2 : 0) + (sameSection ? 0.5 : 0);
}
