import type { Block, BlockChange, BlockRef, NormalizedDocument } from '../model';
import { DiffWork } from './diff-work';
import type { IndexPair } from './document-order';
import { sortInDocumentOrder } from './document-order';
import { pairInOrder, pairWhere } from './greedy-pairing';
import { alignSequences } from './sequence-alignment';
import { diffWords } from './word-hunks';
import type { WordCounts } from './word-similarity';
import { countsSimilarity, wordCounts } from './word-similarity';

/** Two blocks that share at least this share of their words are one edited block, not a removal and an addition. */
export const CHANGED_BLOCK_SIMILARITY = 0.5;

/**
 * Most word look-ups scoring every unmatched old block against every
 * unmatched new one may take (each pair costs its smaller block's distinct
 * words). Past it the blocks pair in order instead, in linear time.
 */
export const MAX_SIMILARITY_LOOKUPS = 20_000_000;

type BlockPair = IndexPair & { kind: 'equal' | BlockChange['change'] };

function blocksOf(doc: NormalizedDocument): Block[] {
  return doc.sections.flatMap((section) => section.blocks);
}

/** Blocks added, removed, changed (with word hunks) and moved between two revisions, in document order. */
export function diffBlocks(
  before: NormalizedDocument,
  after: NormalizedDocument,
  work: DiffWork = new DiffWork(),
): BlockChange[] {
  const beforeBlocks = blocksOf(before);
  const afterBlocks = blocksOf(after);
  const pairs = pairBlocks(
    beforeBlocks.map((block) => block.text),
    afterBlocks.map((block) => block.text),
    work,
  );
  return sortInDocumentOrder(pairs, work)
    .filter((pair) => pair.kind !== 'equal')
    .map((pair) => toBlockChange(pair, beforeBlocks, afterBlocks, work));
}

/** LCS keeps the blocks that stayed in order; the rest are paired as moved (same text) or changed (similar words). */
export function pairBlocks(beforeTexts: string[], afterTexts: string[], work: DiffWork = new DiffWork()): BlockPair[] {
  const pairs: BlockPair[] = [];
  const unmatchedBefore: number[] = [];
  const unmatchedAfter: number[] = [];
  for (const step of alignSequences(beforeTexts, afterTexts, work)) {
    if (step.op === 'equal')
      pairs.push({
        kind: 'equal',
        beforeIndex: step.beforeIndex,
        afterIndex: step.afterIndex,
      });
    else if (step.op === 'delete') unmatchedBefore.push(step.beforeIndex);
    else unmatchedAfter.push(step.afterIndex);
  }
  // Pushes are loops, not push(...spread): a large page's pools can exceed the engine's argument limit.
  work.count('block-pools', unmatchedBefore.length + unmatchedAfter.length);
  for (const [b, a] of pairIdentical(unmatchedBefore, unmatchedAfter, beforeTexts, afterTexts)) {
    pairs.push({ kind: 'moved', beforeIndex: b, afterIndex: a });
  }
  for (const [b, a] of pairSimilar(unmatchedBefore, unmatchedAfter, beforeTexts, afterTexts, work)) {
    pairs.push({ kind: 'changed', beforeIndex: b, afterIndex: a });
  }
  for (const b of unmatchedBefore) pairs.push({ kind: 'removed', beforeIndex: b, afterIndex: null });
  for (const a of unmatchedAfter) pairs.push({ kind: 'added', beforeIndex: null, afterIndex: a });
  return pairs;
}

/**
 * Edited blocks: the most similar pairs first. Scoring every pair costs the
 * look-ups of each pair's smaller block, bounded before any is scored; past
 * MAX_SCORED_PAIRS or MAX_SIMILARITY_LOOKUPS the blocks pair in order (the
 * cap is recorded).
 */
function pairSimilar(before: number[], after: number[], beforeTexts: string[], afterTexts: string[], work: DiffWork) {
  const beforeCounts = new Map(before.map((b) => [b, wordCounts(beforeTexts[b])]));
  const afterCounts = new Map(after.map((a) => [a, wordCounts(afterTexts[a])]));
  const similarity = (b: number, a: number) =>
    countsSimilarity(beforeCounts.get(b) as WordCounts, afterCounts.get(a) as WordCounts, work);
  const distinctWords = (counts: Map<number, WordCounts>) => {
    let total = 0;
    for (const { counts: words } of counts.values()) total += words.size;
    return total;
  };
  const lookups = Math.min(distinctWords(beforeCounts) * after.length, distinctWords(afterCounts) * before.length);
  if (lookups > MAX_SIMILARITY_LOOKUPS) {
    work.capHit('block-pairing');
    return pairInOrder(before, after, similarity, CHANGED_BLOCK_SIMILARITY, work);
  }
  return pairWhere(before, after, similarity, CHANGED_BLOCK_SIMILARITY, {
    work,
    cap: 'block-pairing',
    inOrderPastCap: true,
  });
}

function toBlockChange(pair: BlockPair, beforeBlocks: Block[], afterBlocks: Block[], work: DiffWork): BlockChange {
  const from = pair.beforeIndex === null ? null : blockRef(beforeBlocks[pair.beforeIndex], pair.beforeIndex);
  const to = pair.afterIndex === null ? null : blockRef(afterBlocks[pair.afterIndex], pair.afterIndex);
  const change = pair.kind as BlockChange['change'];
  if (change === 'changed' && from && to) return { change, from, to, hunks: diffWords(from.text, to.text, work) };
  return { change, from, to };
}

function blockRef(block: Block, index: number): BlockRef {
  return { blockId: block.id, index, text: block.text };
}

/**
 * Blocks with identical text that the LCS left unmatched moved: each pairs with the earliest
 * unmatched twin, found through a map so a large page is paired in linear time. Paired indices
 * leave both pools.
 */
function pairIdentical(before: number[], after: number[], beforeTexts: string[], afterTexts: string[]) {
  const waiting = new Map<string, { indices: number[]; next: number }>();
  for (const a of after) {
    const queue = waiting.get(afterTexts[a]) ?? { indices: [], next: 0 };
    queue.indices.push(a);
    waiting.set(afterTexts[a], queue);
  }
  const paired: [number, number][] = [];
  const pairedAfter = new Set<number>();
  const keptBefore: number[] = [];
  for (const b of before) {
    const queue = waiting.get(beforeTexts[b]);
    const twin = queue && queue.next < queue.indices.length ? queue.indices[queue.next++] : undefined;
    if (twin === undefined) keptBefore.push(b);
    else {
      paired.push([b, twin]);
      pairedAfter.add(twin);
    }
  }
  before.length = 0;
  for (const b of keptBefore) before.push(b);
  const keptAfter = after.filter((a) => !pairedAfter.has(a));
  after.length = 0;
  for (const a of keptAfter) after.push(a);
  return paired;
}
