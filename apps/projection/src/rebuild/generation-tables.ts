/**
 * Every read model the projection app builds from the log. A rebuild creates a
 * copy of each for a new generation and fills it from the beginning of the log;
 * generation 1 is the set the migrations created, later ones carry `_r<n>`.
 */
export const READ_MODEL_TABLES = [
  'reports_v1',
  'revisions_v1',
  'revision_analyses_v1',
  'figure_snapshots_v1',
  'amendments_v1',
  'figures_current_v1',
  'figure_history_v1',
  'figure_intervals_v1',
  'stated_sums_v1',
  'revision_consistency_v1',
  'silent_edits_v1',
] as const;

const TABLE_REFERENCE = new RegExp(`\\bprojection\\.(${READ_MODEL_TABLES.join('|')})\\b`, 'g');

export function tableInGeneration(table: string, generation: number): string {
  return generation === 1 ? table : `${table}_r${generation}`;
}

/** Points every read-model table named in `sql` at `generation`'s copy; other tables are left alone. */
export function sqlInGeneration(sql: string, generation: number): string {
  if (generation === 1) return sql;
  return sql.replace(TABLE_REFERENCE, (_match, table: string) => `projection.${tableInGeneration(table, generation)}`);
}

/** DDL for a generation's empty tables: same columns, keys and indexes as generation 1. */
export function createGenerationTablesSql(generation: number): string {
  return READ_MODEL_TABLES.map(
    (table) =>
      `CREATE TABLE IF NOT EXISTS projection.${tableInGeneration(table, generation)} (LIKE projection.${table} INCLUDING ALL);`,
  ).join('\n');
}

/** The inbox name a generation claims events under; generation 1 keeps the live group's name. */
export function generationConsumer(group: string, generation: number): string {
  return generation === 1 ? group : `${group}@r${generation}`;
}
