import { dropDatabase, ensureDatabase } from '@palimpsest/persistence';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const BATCH = 500;

/** The columns of one figure-history row, the widest row the projection writes per figure change. */
export interface FigureRow {
  reportId: string;
  figureKey: string;
  revision: number;
  value: number;
  qualifier: string;
  unit: string | null;
  observedAt: string;
  effectiveAt: string;
}

const TABLE = `CREATE TABLE figure_rows (
  report_id text NOT NULL, figure_key text NOT NULL, revision int NOT NULL, value numeric NOT NULL,
  qualifier text NOT NULL, unit text, observed_at timestamptz NOT NULL, effective_at timestamptz NOT NULL,
  PRIMARY KEY (report_id, figure_key, revision))`;

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
  const url = `${databaseServer}/bench_raw_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(url);
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(TABLE);
    const started = performance.now();
    for (let start = 0; start < rows.length; start += BATCH) {
      await client.query(INSERT, columns(rows.slice(start, start + BATCH)));
    }
    return (rows.length * 1000) / (performance.now() - started);
  } finally {
    await client.end().catch(() => undefined);
    await dropDatabase(url);
  }
}
