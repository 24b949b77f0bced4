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

export type ReadModelTable = (typeof READ_MODEL_TABLES)[number];

/**
 * One generation's read models by their generation-1 name, each giving the
 * schema-qualified table to use: every statement over the read models builds
 * its SQL from one of these (`FROM ${tables.reports_v1}`), so a reader sees at
 * the statement which generation it touches and who chose it.
 *
 * Why names and not a schema per generation on `search_path`: the path is
 * state of a pooled connection, invisible in the SQL, and has to be set (and
 * reset) around every query or transaction that reads or writes read models;
 * a missed reset reads the wrong generation silently. Naming the tables keeps
 * the inbox and progress tables, which are not per generation, beside them in
 * `projection`, and keeps the `_r<n>` tables a rebuild already made valid.
 */
export type ReadModelTables = Readonly<Record<ReadModelTable, string>>;

const byGeneration = new Map<number, ReadModelTables>();

export function readModelTables(generation: number): ReadModelTables {
  let tables = byGeneration.get(generation);
  if (!tables) {
    tables = Object.fromEntries(
      READ_MODEL_TABLES.map((table) => [table, `projection.${tableInGeneration(table, generation)}`]),
    ) as Record<ReadModelTable, string>;
    byGeneration.set(generation, tables);
  }
  return tables;
}

export function tableInGeneration(table: string, generation: number): string {
  return generation === 1 ? table : `${table}_r${generation}`;
}

/** DDL for a generation's empty tables: same columns, keys and indexes as generation 1. */
export function createGenerationTablesSql(generation: number): string {
  const tables = readModelTables(generation);
  return READ_MODEL_TABLES.map(
    (table) => `CREATE TABLE IF NOT EXISTS ${tables[table]} (LIKE projection.${table} INCLUDING ALL);`,
  ).join('\n');
}

/** The inbox name a generation claims events under; generation 1 keeps the live group's name. */
export function generationConsumer(group: string, generation: number): string {
  return generation === 1 ? group : `${group}@r${generation}`;
}
