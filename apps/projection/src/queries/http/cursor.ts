import { parseIsoInstant } from '@palimpsest/platform';
import type { Parsed } from './parsed';
import { accept, refuse } from './parsed';

export const FOREIGN_CURSOR =
  '"cursor" is not a cursor this API handed out: pass "nextCursor" from the previous page unchanged';

export type CursorValues = Array<string | number>;

/** An opaque page token: the sort key of the last row served, so the next page starts after it. */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Reads a token made by `encodeCursor` with `arity` values; anything else is refused. */
export function decodeCursor(raw: unknown, arity: number): Parsed<CursorValues | undefined> {
  if (raw === undefined) return accept(undefined);
  const reason = FOREIGN_CURSOR;
  if (typeof raw !== 'string' || !/^[A-Za-z0-9_-]{1,1000}$/.test(raw)) return refuse(reason);
  try {
    const values: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(values) &&
      values.length === arity &&
      values.every((value) => (typeof value === 'string' && !value.includes('\u0000')) || Number.isSafeInteger(value));
    return valid ? accept(values as CursorValues) : refuse(reason);
  } catch {
    return refuse(reason);
  }
}

/** A cursor's time: forged ones must not reach the database as a timestamp it cannot read. */
export function isCursorInstant(value: string | number): boolean {
  return typeof value === 'string' && parseIsoInstant(value, 'date-time') !== null;
}
