import type { DataSource } from 'typeorm';
import type { ReadModelTable } from './generation-tables';
import { READ_MODEL_TABLES, readModelTables, tableInGeneration } from './generation-tables';

/**
 * Secondary indexes a rebuild's own writes look rows up through; every other
 * non-unique index is built once the generation is loaded rather than kept up
 * row by row during the load. Keys and unique constraints stay throughout:
 * the upserts rely on them.
 */
const INDEXES_THE_LOAD_READS = new Set(['figure_intervals_v1_open']);

const SECONDARY_INDEXES = `
  SELECT i.relname AS name, t.relname AS "table", pg_get_indexdef(x.indexrelid) AS definition
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE n.nspname = 'projection' AND t.relname = ANY($1::text[]) AND NOT x.indisunique`;

interface IndexRow {
  name: string;
  table: ReadModelTable;
  definition: string;
}

/**
 * Drops the new generation's copies of the indexes the load does not read
 * (its tables were made with every index of generation 1), so the bulk load
 * maintains only keys and what it looks up. Run again on a resumed rebuild,
 * it drops what an earlier run may already have built: built again at the end.
 */
export async function deferSecondaryIndexes(dataSource: DataSource, generation: number): Promise<void> {
  const tables = READ_MODEL_TABLES.map((table) => tableInGeneration(table, generation));
  const present: IndexRow[] = await dataSource.query(SECONDARY_INDEXES, [tables]);
  for (const { name } of present) await dataSource.query(`DROP INDEX IF EXISTS projection."${name}"`);
  await createIndexes(dataSource, generation, (name) => INDEXES_THE_LOAD_READS.has(name));
}

/** Builds the rest of generation 1's secondary indexes on `generation`'s tables; nothing when they exist. */
export function buildSecondaryIndexes(dataSource: DataSource, generation: number): Promise<void> {
  return createIndexes(dataSource, generation, () => true);
}

async function createIndexes(dataSource: DataSource, generation: number, which: (name: string) => boolean) {
  const originals: IndexRow[] = await dataSource.query(SECONDARY_INDEXES, [[...READ_MODEL_TABLES]]);
  for (const { name, table, definition } of originals) {
    if (!which(name)) continue;
    // pg_get_indexdef: "CREATE INDEX <name> ON <table> USING ...": the method, columns and predicate are kept.
    const method = definition.slice(definition.indexOf(' USING '));
    await dataSource.query(
      `CREATE INDEX IF NOT EXISTS "${name}_r${generation}" ON ${readModelTables(generation)[table]}${method}`,
    );
  }
}
