import { Client } from 'pg';

/**
 * Runs `work` while holding a session-level advisory lock named after the schema, so that
 * several instances of one service starting together migrate one after another: without it
 * two of them both see a migration as pending, both run it, and the second fails on a table
 * the first has just created (or on `CREATE SCHEMA IF NOT EXISTS`, which races in Postgres too).
 * The lock lives on its own connection and goes with it, so a process killed mid-migration
 * does not leave it held.
 */
export async function withMigrationLock<T>(
  url: string,
  schema: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: url, application_name: `palimpsest-${schema}-migrations` });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [migrationLockName(schema)]);
    try {
      return await work(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [migrationLockName(schema)]);
    }
  } finally {
    await client.end();
  }
}

export function migrationLockName(schema: string): string {
  return `${schema}.migrations`;
}
