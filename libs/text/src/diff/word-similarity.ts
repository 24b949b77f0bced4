import type { DiffWork } from './diff-work';

/** Lower-cased word counts and their total; punctuation is dropped so "million." and "million" agree. */
export interface WordCounts {
  counts: Map<string, number>;
  size: number;
}

export function wordCounts(text: string): WordCounts {
  const counts = new Map<string, number>();
  let size = 0;
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    size++;
  }
  return { counts, size };
}

/**
 * Dice coefficient over word multisets: 1 for the same words, 0 for none in
 * common. Looks up the smaller side's distinct words in the larger, so one
 * comparison costs at most min(distinct words), which is counted.
 */
export function countsSimilarity(countsA: WordCounts, countsB: WordCounts, work?: DiffWork): number {
  if (countsA.size + countsB.size === 0) return 1;
  const [small, large] = countsA.counts.size <= countsB.counts.size ? [countsA, countsB] : [countsB, countsA];
  work?.count('word-lookups', small.counts.size);
  let shared = 0;
  for (const [word, count] of small.counts) shared += Math.min(count, large.counts.get(word) ?? 0);
  return (2 * shared) / (countsA.size + countsB.size);
}

export function wordSimilarity(a: string, b: string): number {
  return countsSimilarity(wordCounts(a), wordCounts(b));
}
