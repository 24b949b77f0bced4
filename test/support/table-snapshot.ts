import { Client } from 'pg';

/**
 * Every row of every table in `schemas`, as sorted JSON lines per table, to compare a database before and after.
 * `consumer_progress` is left out: it records how far each consumer has read, which a redelivery rightly advances.
 */
export async function snapshotTables(databaseUrl: string, schemas: string[]): Promise<Record<string, string[]>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
       WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'consumer_progress') ORDER BY 1`,
      [schemas],
    );
    const snapshot: Record<string, string[]> = {};
    for (const { name } of tables) {
      const [schema, table] = name.split('.');
      const { rows } = await client.query<{ row: string }>(
        `SELECT row_to_json(t)::text AS row FROM "${schema}"."${table}" t`,
      );
      snapshot[name] = rows.map(({ row }) => row).sort();
    }
    return snapshot;
  } finally {
    await client.end();
  }
}
