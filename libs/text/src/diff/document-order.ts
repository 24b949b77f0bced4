import { DiffWork } from './diff-work';

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
export function sortInDocumentOrder<T extends IndexPair>(pairs: readonly T[], work: DiffWork = new DiffWork()): T[] {
  work.count('document-order', pairs.length);
  const anchors = survivorAnchors(pairs);
  const keyed = pairs.map((pair) => ({ pair, key: orderKey(pair, anchors) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  return keyed.map(({ pair }) => pair);
}

/**
 * anchors[i]: the new index of the closest old element before i that survived,
 * or -1. One pass over the old indices, so a page of removals is placed in
 * linear time rather than each removal searching back to the start.
 */
function survivorAnchors(pairs: readonly IndexPair[]): Int32Array {
  let length = 0;
  for (const { beforeIndex } of pairs) if (beforeIndex !== null && beforeIndex >= length) length = beforeIndex + 1;
  const afterOfBefore = new Int32Array(length).fill(-1);
  for (const { beforeIndex, afterIndex } of pairs) {
    if (beforeIndex !== null && afterIndex !== null) afterOfBefore[beforeIndex] = afterIndex;
  }
  const anchors = new Int32Array(length).fill(-1);
  for (let i = 1; i < length; i++) anchors[i] = afterOfBefore[i - 1] >= 0 ? afterOfBefore[i - 1] : anchors[i - 1];
  return anchors;
}

function orderKey(pair: IndexPair, anchors: Int32Array): [number, number] {
  if (pair.afterIndex !== null) return [pair.afterIndex, 0];
  const beforeIndex = pair.beforeIndex ?? 0;
  return [(anchors[beforeIndex] ?? -1) + 0.5, beforeIndex];
}
