import type { FigureRow } from './figure-rows';
import { withFigureRowsTable } from './figure-rows-table';

const BATCH = 500;

const INSERT = `INSERT INTO figure_rows SELECT * FROM unnest(
  $1::text[], $2::text[], $3::int[], $4::numeric[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[])`;

function columns(rows: readonly FigureRow[]): unknown[][] {
  const keys: (keyof FigureRow)[] = [
    'reportId',
    'figureKey',
    'revision',
    'value',
    'qualifier',
    'unit',
    'observedAt',
    'effectiveAt',
  ];
  return keys.map((key) => rows.map((row) => row[key]));
}

/** Rows per second inserted with `unnest` in batches, one transaction per batch, into a throwaway database. */
export async function measurePostgresInsert(databaseServer: string, rows: readonly FigureRow[]): Promise<number> {
  return withFigureRowsTable(databaseServer, async (client) => {
    const started = performance.now();
    for (let start = 0; start < rows.length; start += BATCH) {
      await client.query(INSERT, columns(rows.slice(start, start + BATCH)));
    }
    return (rows.length * 1000) / (performance.now() - started);
  });
}
