import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from 'typeorm';
import type { CopyValue } from './copy-text';
import { copyTextLine } from './copy-text';

// Lines go to the stream this many rows at a time, not one small write per row.
const ROWS_PER_CHUNK = 1_000;

function* copyChunks(rows: readonly (readonly CopyValue[])[]): Generator<string> {
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    yield rows
      .slice(start, start + ROWS_PER_CHUNK)
      .map(copyTextLine)
      .join('');
  }
}

/**
 * Loads `rows` (values in the order of `columns`) into `table` with one
 * `COPY ... FROM STDIN`, on the connection of the transaction `manager`
 * belongs to, so the rows commit or roll back with the rest of it. COPY skips
 * the planner and the per-row work of an INSERT: the fastest way to hand
 * Postgres many rows, and one that cannot upsert, so it suits tables that only
 * gain rows. `table` and `columns` are the caller's own names, never input.
 */
export async function copyRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly CopyValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  if (!manager.queryRunner) throw new Error('copyRows runs inside a transaction: pass its manager');
  const client = (await manager.queryRunner.connect()) as PoolClient;
  const copy = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN (FORMAT text)`));
  await pipeline(Readable.from(copyChunks(rows)), copy);
}
