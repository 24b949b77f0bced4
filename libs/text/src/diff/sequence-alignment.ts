/** One step of an alignment between two sequences: indices into `before` and/or `after`. */
export type AlignmentStep =
  | { op: 'equal'; beforeIndex: number; afterIndex: number }
  | { op: 'delete'; beforeIndex: number }
  | { op: 'insert'; afterIndex: number };

/**
 * Longest common subsequence over two key sequences. The common prefix and
 * suffix are peeled off first, so the quadratic table only covers the edited middle.
 */
export function alignSequences(before: readonly string[], after: readonly string[]): AlignmentStep[] {
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
  const steps: AlignmentStep[] = [];
  for (let i = 0; i < prefix; i++) steps.push({ op: 'equal', beforeIndex: i, afterIndex: i });
  // A loop, not push(...spread): a huge page's middle can exceed the engine's argument limit.
  for (const step of alignMiddle(before, after, prefix, suffix)) steps.push(step);
  for (let k = suffix; k > 0; k--) {
    steps.push({
      op: 'equal',
      beforeIndex: before.length - k,
      afterIndex: after.length - k,
    });
  }
  return steps;
}

/** Past this many table cells (64 MB of counters) the edited middle is reported as replaced wholesale. */
export const MAX_TABLE_CELLS = 16_000_000;

function alignMiddle(before: readonly string[], after: readonly string[], prefix: number, suffix: number) {
  const rows = before.length - prefix - suffix;
  const cols = after.length - prefix - suffix;
  if ((rows + 1) * (cols + 1) > MAX_TABLE_CELLS) return replaceWholesale(prefix, rows, cols);
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

function replaceWholesale(prefix: number, rows: number, cols: number): AlignmentStep[] {
  const steps: AlignmentStep[] = [];
  for (let i = 0; i < rows; i++) steps.push({ op: 'delete', beforeIndex: prefix + i });
  for (let j = 0; j < cols; j++) steps.push({ op: 'insert', afterIndex: prefix + j });
  return steps;
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
