import type { BenchRow } from '../benchmark';
import { formatRatio, formatValue } from './format-number';

interface Column {
  header: string;
  align: 'left' | 'right';
  cell(row: BenchRow): string;
}

/** A row's note is printed under the table, pointed to by its number after the measure's name. */
const COLUMNS = (noteNumbers: Map<string, number>): Column[] => [
  {
    header: 'measure',
    align: 'left',
    cell: (row) => `${row.name}${row.note ? ` [${noteNumbers.get(row.note)}]` : ''}`,
  },
  { header: 'subject', align: 'left', cell: (row) => row.subject },
  { header: 'value', align: 'right', cell: (row) => formatValue(row.subjectValue) },
  { header: 'baseline', align: 'left', cell: (row) => row.baseline },
  { header: 'value', align: 'right', cell: (row) => formatValue(row.baselineValue) },
  { header: 'unit', align: 'left', cell: (row) => row.unit },
  { header: 'ratio', align: 'right', cell: (row) => formatRatio(row.ratio) },
];

const GAP = '  ';

/**
 * The closing table: fixed-width columns sized to their widest cell, numbers
 * right-aligned, notes numbered below (rows sharing a note share its number).
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const distinctNotes = [...new Set(rows.flatMap((row) => (row.note ? [row.note] : [])))];
  const columns = COLUMNS(new Map(distinctNotes.map((note, index) => [note, index + 1])));
  const cells = rows.map((row) => columns.map((column) => column.cell(row)));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((line) => line[index].length)),
  );
  const render = (line: readonly string[]) =>
    line
      .map((cell, index) =>
        columns[index].align === 'right' ? cell.padStart(widths[index]) : cell.padEnd(widths[index]),
      )
      .join(GAP)
      .trimEnd();
  const lines = [
    render(columns.map((column) => column.header)),
    render(widths.map((width) => '-'.repeat(width))),
    ...cells.map(render),
  ];
  const notes = distinctNotes.map((note, index) => `[${index + 1}] ${note}`);
  return `${[...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n')}\n`;
}
