import type { Client } from 'pg';
import type { Columns, SyntheticHistory } from './synthetic-history';

// One array parameter per column keeps a statement far below Postgres's 65,535 bound parameters
// whatever the batch size; 5,000 rows a statement keeps each one well under a second.
const BATCH = 5_000;

const TYPES: Record<string, string> = {
  revision: 'int',
  revision_count: 'int',
  ended_by_revision: 'int',
  previous_revision: 'int',
  position: 'int',
  value: 'float8',
  from_value: 'float8',
  silent_edit: 'bool',
  document: 'jsonb',
  event_id: 'uuid',
  first_seen_at: 'timestamptz',
  last_revised_at: 'timestamptz',
  observed_at: 'timestamptz',
  effective_at: 'timestamptz',
  valid_from: 'timestamptz',
  valid_to: 'timestamptz',
  recorded_from: 'timestamptz',
  recorded_to: 'timestamptz',
};

async function insertColumns(client: Client, table: string, columns: Columns): Promise<number> {
  const names = Object.keys(columns);
  const total = columns[names[0]].length;
  const casts = names.map((name, index) => `$${index + 1}::${TYPES[name] ?? 'text'}[]`).join(', ');
  for (let start = 0; start < total; start += BATCH) {
    const slice = names.map((name) => columns[name].slice(start, start + BATCH));
    await client.query(`INSERT INTO projection.${table} (${names.join(', ')}) SELECT * FROM unnest(${casts})`, slice);
  }
  return total;
}

/** Writes the synthetic rows straight into the read-model tables, then refreshes the planner's statistics. */
export async function loadReadModels(client: Client, data: SyntheticHistory, progress: (message: string) => void) {
  for (const [table, columns] of [
    ['reports_v1', data.reports],
    ['revisions_v1', data.revisions],
    ['figure_intervals_v1', data.intervals],
    ['figure_history_v1', data.history],
  ] as const) {
    const started = Date.now();
    const rows = await insertColumns(client, table, columns);
    progress(`loaded ${rows} rows into ${table} in ${Date.now() - started} ms`);
  }
  await client.query('ANALYZE');
}
