import type { CopyValue } from '@palimpsest/persistence';
import { copyRows } from '@palimpsest/persistence';
import type { EntityManager } from 'typeorm';

export type Row = Record<string, unknown>;

/**
 * Writes rows to a read model that only ever gains rows (no upsert, no order
 * between them), one statement for the lot. `columns` lists each column with
 * its type, `name type, ...`, the way `jsonb_to_recordset` reads them.
 */
export type AppendRows = (
  manager: EntityManager,
  table: string,
  columns: string,
  rows: readonly Row[],
) => Promise<void>;

/** One INSERT from `jsonb_to_recordset`: one round trip, for the live consumer's batches. */
export const insertRows: AppendRows = async (manager, table, columns, rows) => {
  if (rows.length === 0) return;
  const names = columnsOf(columns)
    .map((column) => column.name)
    .join(', ');
  await manager.query(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`,
    [JSON.stringify(rows)],
  );
};

/**
 * COPY in text form, for a rebuild's large pieces: Postgres parses each value
 * once, for its column, instead of the whole batch as JSON first (the two
 * cost the same round trip or two, so small batches gain nothing).
 */
export const copyRowsIn: AppendRows = async (manager, table, columns, rows) => {
  const typed = columnsOf(columns);
  const values = rows.map((row) => typed.map(({ name, type }) => copyValue(row[name], type)));
  await copyRows(
    manager,
    table,
    typed.map((column) => column.name),
    values,
  );
};

function columnsOf(columns: string) {
  return columns.split(',').map((column) => {
    const [name, type] = column.trim().split(/\s+/);
    return { name, type };
  });
}

/** A value as COPY's text form spells it for a column of `type`: json as text, text[] as an array literal. */
function copyValue(value: unknown, type: string): CopyValue {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'text[]') return `{${(value as string[]).map(arrayElement).join(',')}}`;
  return value as CopyValue;
}

function arrayElement(text: string): string {
  return `"${text.replace(/["\\]/g, (character) => `\\${character}`)}"`;
}
