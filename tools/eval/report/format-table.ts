import type { SystemScores } from '../scoring/score-system';

export interface DatasetSummary {
  documents: number;
  figures: number;
  hedged: number;
  notes: number;
  pairs: number;
  changes: number;
}

type Row = [string, (scores: SystemScores) => string];

function share(value: number | null | undefined, part?: number, whole?: number): string {
  if (value === null || value === undefined) return 'n/a';
  return part === undefined ? value.toFixed(3) : `${value.toFixed(3)} (${part}/${whole})`;
}

function orUnavailable<T extends object>(value: T | { unavailable: string }, show: (available: T) => string): string {
  return 'unavailable' in value ? 'n/a' : show(value);
}

const ROWS: Row[] = [
  ['figure precision', ({ figures: f }) => share(f.precision, f.matched, f.predicted)],
  ['figure recall', ({ figures: f }) => share(f.recall, f.matched, f.labelled)],
  ['figure F1', ({ figures: f }) => share(f.f1)],
  ['qualifier accuracy (hedged)', ({ hedgedQualifiers: q }) => share(q.accuracy, q.right, q.hedged)],
  ['amendment accuracy', ({ amendments }) => orUnavailable(amendments, (a) => share(a.accuracy, a.right, a.labelled))],
  ['false amendment notes', ({ amendments }) => orUnavailable(amendments, (a) => String(a.falseNotes))],
  [
    'figure-change precision',
    ({ figureChanges }) => orUnavailable(figureChanges, (c) => share(c.precision, c.matched, c.predicted)),
  ],
  [
    'figure-change recall',
    ({ figureChanges }) => orUnavailable(figureChanges, (c) => share(c.recall, c.matched, c.labelled)),
  ],
  ['silent-edit accuracy', ({ silentEdit }) => orUnavailable(silentEdit, (s) => share(s.accuracy, s.right, s.pairs))],
];

/** The accuracy table, one column per system, with the dataset size above and how each system was used below. */
export function formatTable(summary: DatasetSummary, systems: readonly SystemScores[]): string {
  const header = ['metric', ...systems.map((scores) => scores.system)];
  const body = ROWS.map(([name, cell]) => [name, ...systems.map(cell)]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [
    `Dataset: ${summary.documents} documents (${summary.figures} labelled figures, ${summary.hedged} hedged, ${summary.notes} amendment notes), ` +
      `${summary.pairs} revision pairs (${summary.changes} labelled figure changes).`,
    '',
    line(header),
    rule,
    ...body.map(line),
    '',
    ...systems.flatMap((scores) => scores.notes),
    '',
  ].join('\n');
}
