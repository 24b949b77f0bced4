import { DiffWork } from './diff-work';

/** One step of an alignment between two sequences: indices into `before` and/or `after`. */
export type AlignmentStep =
  | { op: 'equal'; beforeIndex: number; afterIndex: number }
  | { op: 'delete'; beforeIndex: number }
  | { op: 'insert'; afterIndex: number };

/**
 * Longest common subsequence over two key sequences. The common prefix and
 * suffix are peeled off first, so the quadratic table only covers the edited
 * middle; a middle whose table would not fit the diff's allowance
 * (MAX_ALIGNMENT_CELLS) is aligned on its identical elements instead.
 */
export function alignSequences(
  before: readonly string[],
  after: readonly string[],
  work: DiffWork = new DiffWork(),
): AlignmentStep[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  work.count('alignment-scan', before.length + after.length);
  const steps: AlignmentStep[] = [];
  for (let i = 0; i < prefix; i++) steps.push({ op: 'equal', beforeIndex: i, afterIndex: i });
  // A loop, not push(...spread): a huge page's middle can exceed the engine's argument limit.
  for (const step of alignMiddle(before, after, prefix, suffix, work)) steps.push(step);
  for (let k = suffix; k > 0; k--) {
    steps.push({
      op: 'equal',
      beforeIndex: before.length - k,
      afterIndex: after.length - k,
    });
  }
  return steps;
}

function alignMiddle(
  before: readonly string[],
  after: readonly string[],
  prefix: number,
  suffix: number,
  work: DiffWork,
): AlignmentStep[] {
  const rows = before.length - prefix - suffix;
  const cols = after.length - prefix - suffix;
  // One side empty: deleting or inserting the other is the whole answer, no table needed.
  if (rows === 0 || cols === 0) return alignAt(prefix, rows, cols, []);
  if (!work.takeAlignmentCells((rows + 1) * (cols + 1))) {
    return alignAt(prefix, rows, cols, anchorsOnIdentical(before, after, prefix, rows, cols, work));
  }
  const table = lcsLengths(before, after, prefix, rows, cols);
  const steps: AlignmentStep[] = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && before[prefix + i] === after[prefix + j]) {
      steps.push({
        op: 'equal',
        beforeIndex: prefix + i,
        afterIndex: prefix + j,
      });
      i++;
      j++;
    } else if (i < rows && (j === cols || table[i + 1][j] >= table[i][j + 1])) {
      steps.push({ op: 'delete', beforeIndex: prefix + i });
      i++;
    } else {
      steps.push({ op: 'insert', afterIndex: prefix + j });
      j++;
    }
  }
  return steps;
}

/**
 * The steps of a middle aligned only at `anchors` (increasing in both
 * indices): between two anchors the old elements are deleted, then the new ones inserted.
 */
function alignAt(offset: number, rows: number, cols: number, anchors: [number, number][]): AlignmentStep[] {
  const steps: AlignmentStep[] = [];
  let i = 0;
  let j = 0;
  for (const [anchorI, anchorJ] of [...anchors, [rows, cols] as [number, number]]) {
    for (; i < anchorI; i++) steps.push({ op: 'delete', beforeIndex: offset + i });
    for (; j < anchorJ; j++) steps.push({ op: 'insert', afterIndex: offset + j });
    if (anchorI < rows) steps.push({ op: 'equal', beforeIndex: offset + anchorI, afterIndex: offset + anchorJ });
    i = anchorI + 1;
    j = anchorJ + 1;
  }
  return steps;
}

/**
 * The fallback past the allowance, in n log n: each old element pairs with the
 * earliest unpaired identical new one, and the longest run of those pairs that
 * keeps its order (a longest increasing subsequence) is kept as equal. Blocks
 * that stayed in place stay equal; a wholly rewritten middle has no anchors.
 */
function anchorsOnIdentical(
  before: readonly string[],
  after: readonly string[],
  offset: number,
  rows: number,
  cols: number,
  work: DiffWork,
): [number, number][] {
  work.count('alignment-fallback', rows + cols);
  const waiting = new Map<string, { positions: number[]; next: number }>();
  for (let j = 0; j < cols; j++) {
    const key = after[offset + j];
    const queue = waiting.get(key);
    if (queue) queue.positions.push(j);
    else waiting.set(key, { positions: [j], next: 0 });
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < rows; i++) {
    const queue = waiting.get(before[offset + i]);
    if (queue && queue.next < queue.positions.length) pairs.push([i, queue.positions[queue.next++]]);
  }
  return longestIncreasingRun(pairs);
}

/** Of pairs sorted by their first index, the longest subsequence increasing in the second (patience sorting). */
function longestIncreasingRun(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (pairs[tails[middle]][1] < pairs[k][1]) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[k] = tails[low - 1];
    tails[low] = k;
  }
  const run: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) run.push(pairs[k]);
  return run.reverse();
}

/** table[i][j] = LCS length of before[i..] and after[j..] (suffix form, so the walk above goes forwards). */
function lcsLengths(before: readonly string[], after: readonly string[], offset: number, rows: number, cols: number) {
  const table: Uint32Array[] = Array.from({ length: rows + 1 }, () => new Uint32Array(cols + 1));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      table[i][j] =
        before[offset + i] === after[offset + j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}
