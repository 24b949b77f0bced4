/** A matched or unmatched element, by its index in the old and/or new sequence. */
export interface IndexPair {
  beforeIndex: number | null;
  afterIndex: number | null;
}

/**
 * Sorts pairs in the new document's reading order. An element only in the old
 * document is placed right after the new position of the closest earlier old
 * element that survived, so a removal shows where it happened.
 */
export function sortInDocumentOrder<T extends IndexPair>(pairs: readonly T[]): T[] {
  const afterOfBefore = new Map<number, number>();
  for (const pair of pairs) {
    if (pair.beforeIndex !== null && pair.afterIndex !== null) afterOfBefore.set(pair.beforeIndex, pair.afterIndex);
  }
  const keyed = pairs.map((pair) => ({
    pair,
    key: orderKey(pair, afterOfBefore),
  }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  return keyed.map(({ pair }) => pair);
}

function orderKey(pair: IndexPair, afterOfBefore: Map<number, number>): [number, number] {
  if (pair.afterIndex !== null) return [pair.afterIndex, 0];
  const beforeIndex = pair.beforeIndex ?? 0;
  let anchor = -1;
  for (let k = beforeIndex - 1; k >= 0 && anchor < 0; k--) anchor = afterOfBefore.get(k) ?? -1;
  return [anchor + 0.5, beforeIndex];
}
