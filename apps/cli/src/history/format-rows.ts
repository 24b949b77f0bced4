import { stringify } from 'csv-stringify/sync';
import type { HistoryRow } from './history-rows';

/** RFC 4180 CSV with a header row; fields holding a comma, quote or line break are quoted, null is empty. */
export function formatCsv(rows: HistoryRow[], columns: string[]): string {
  return stringify(rows, {
    header: true,
    columns,
    record_delimiter: 'windows',
    // csv-stringify quotes only the record delimiter itself (CRLF); a lone CR or LF must be quoted too.
    quoted_match: /[\r\n]/,
    cast: { boolean: (value) => String(value) },
  });
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function formatTable(rows: HistoryRow[], columns: string[]): string {
  const cells = rows.map((row) => columns.map((column) => (row[column] === null ? '' : String(row[column]))));
  const widths = columns.map((column, index) =>
    cells.reduce((width, line) => Math.max(width, line[index].length), column.length),
  );
  const numeric = columns.map((column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  const line = (values: string[]) =>
    values
      .map((value, index) => (numeric[index] ? value.padStart(widths[index]) : value.padEnd(widths[index])))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n') + '\n';
}
