import type { ExportFormat } from './negotiate-format';
import { CONTENT_TYPES } from './negotiate-format';
import { toCsv } from './csv';
import type { ExportColumns } from './flat-record';
import { flatRecord } from './flat-record';
import { toJsonLines } from './jsonl';

/** The body and content type of a CSV or JSON Lines export. */
export function renderExport<Row>(
  format: Exclude<ExportFormat, 'json'>,
  columns: ExportColumns<Row>,
  rows: readonly Row[],
): { contentType: string; body: string } {
  const body = format === 'csv' ? toCsv(columns, rows) : toJsonLines(rows.map((row) => flatRecord(columns, row)));
  return { contentType: CONTENT_TYPES[format], body };
}
