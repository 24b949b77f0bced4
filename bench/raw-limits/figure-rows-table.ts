import { dropDatabase, ensureDatabase } from '@palimpsest/persistence';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Column order is the order of FigureRow's fields; copy-text.ts writes COPY lines in it. */
const TABLE = `CREATE TABLE figure_rows (
  report_id text NOT NULL, figure_key text NOT NULL, revision int NOT NULL, value numeric NOT NULL,
  qualifier text NOT NULL, unit text, observed_at timestamptz NOT NULL, effective_at timestamptz NOT NULL,
  PRIMARY KEY (report_id, figure_key, revision))`;

/** Runs `work` against an empty `figure_rows` table in a throwaway database, dropped afterwards. */
export async function withFigureRowsTable<T>(databaseServer: string, work: (client: Client) => Promise<T>): Promise<T> {
  const url = `${databaseServer}/bench_raw_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(url);
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(TABLE);
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
    await dropDatabase(url);
  }
}
