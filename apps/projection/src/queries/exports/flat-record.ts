import type { CsvValue } from './csv';

/** Export columns: a CSV header name and how to read it from a row; JSON Lines uses the same names. */
export type ExportColumns<Row> = ReadonlyArray<readonly [string, (row: Row) => CsvValue]>;

/** A row as the flat record both export formats carry, so CSV and JSON Lines hold the same fields. */
export function flatRecord<Row>(columns: ExportColumns<Row>, row: Row): Record<string, CsvValue> {
  return Object.fromEntries(columns.map(([name, read]) => [name, read(row) ?? null]));
}
