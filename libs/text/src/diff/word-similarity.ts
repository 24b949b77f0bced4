export type WordCounts = Map<string, number>;

/** Lower-cased word counts; punctuation is dropped so "million." and "million" agree. */
export function wordCounts(text: string): WordCounts {
  const counts: WordCounts = new Map();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over word multisets: 1 for the same words, 0 for none in common. */
export function countsSimilarity(countsA: WordCounts, countsB: WordCounts): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const count of countsA.values()) sizeA += count;
  for (const [word, count] of countsB) {
    sizeB += count;
    shared += Math.min(count, countsA.get(word) ?? 0);
  }
  return sizeA + sizeB === 0 ? 1 : (2 * shared) / (sizeA + sizeB);
}

export function wordSimilarity(a: string, b: string): number {
  return countsSimilarity(wordCounts(a), wordCounts(b));
}
