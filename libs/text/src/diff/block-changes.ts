import { Block, BlockChange, BlockRef, NormalizedDocument } from '../model';
import { IndexPair, sortInDocumentOrder } from './document-order';
import { pairWhere } from './greedy-pairing';
import { alignSequences } from './sequence-alignment';
import { diffWords } from './word-hunks';
import { countsSimilarity, WordCounts, wordCounts } from './word-similarity';

/** Two blocks that share at least this share of their words are one edited block, not a removal and an addition. */
export const CHANGED_BLOCK_SIMILARITY = 0.5;

type BlockPair = IndexPair & { kind: 'equal' | BlockChange['change'] };

function blocksOf(doc: NormalizedDocument): Block[] {
  return doc.sections.flatMap((section) => section.blocks);
}

/** Blocks added, removed, changed (with word hunks) and moved between two revisions, in document order. */
export function diffBlocks(before: NormalizedDocument, after: NormalizedDocument): BlockChange[] {
  const beforeBlocks = blocksOf(before);
  const afterBlocks = blocksOf(after);
  const pairs = pairBlocks(
    beforeBlocks.map((block) => block.text),
    afterBlocks.map((block) => block.text),
  );
  return sortInDocumentOrder(pairs)
    .filter((pair) => pair.kind !== 'equal')
    .map((pair) => toBlockChange(pair, beforeBlocks, afterBlocks));
}

/** LCS keeps the blocks that stayed in order; the rest are paired as moved (same text) or changed (similar words). */
export function pairBlocks(beforeTexts: string[], afterTexts: string[]): BlockPair[] {
  const pairs: BlockPair[] = [];
  const unmatchedBefore: number[] = [];
  const unmatchedAfter: number[] = [];
  for (const step of alignSequences(beforeTexts, afterTexts)) {
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
  for (const [b, a] of pairIdentical(unmatchedBefore, unmatchedAfter, beforeTexts, afterTexts)) {
    pairs.push({ kind: 'moved', beforeIndex: b, afterIndex: a });
  }
  const beforeCounts = new Map(unmatchedBefore.map((b) => [b, wordCounts(beforeTexts[b])]));
  const afterCounts = new Map(unmatchedAfter.map((a) => [a, wordCounts(afterTexts[a])]));
  const similarity = (b: number, a: number) =>
    countsSimilarity(beforeCounts.get(b) as WordCounts, afterCounts.get(a) as WordCounts);
  for (const [b, a] of pairWhere(unmatchedBefore, unmatchedAfter, similarity, CHANGED_BLOCK_SIMILARITY)) {
    pairs.push({ kind: 'changed', beforeIndex: b, afterIndex: a });
  }
  for (const b of unmatchedBefore) pairs.push({ kind: 'removed', beforeIndex: b, afterIndex: null });
  for (const a of unmatchedAfter) pairs.push({ kind: 'added', beforeIndex: null, afterIndex: a });
  return pairs;
}

function toBlockChange(pair: BlockPair, beforeBlocks: Block[], afterBlocks: Block[]): BlockChange {
  const from = pair.beforeIndex === null ? null : blockRef(beforeBlocks[pair.beforeIndex], pair.beforeIndex);
  const to = pair.afterIndex === null ? null : blockRef(afterBlocks[pair.afterIndex], pair.afterIndex);
  const change = pair.kind as BlockChange['change'];
  if (change === 'changed' && from && to) return { change, from, to, hunks: diffWords(from.text, to.text) };
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
