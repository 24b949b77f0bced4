import { parseIsoInstant } from '@palimpsest/platform';
import { accept, Parsed, refuse } from './parsed';

/** Query strings may repeat a name (`?a=1&a=2`); a single-valued parameter given twice is refused. */
export function single(name: string, raw: unknown): Parsed<string | undefined> {
  if (raw === undefined) return accept(undefined);
  if (typeof raw !== 'string') return refuse(`"${name}" must be given once`);
  return accept(raw);
}

/** An ISO 8601 date or date-time (years 0001-9999); a bare date is midnight UTC, a time without offset is UTC. */
export function instant(name: string, raw: unknown): Parsed<string | undefined> {
  const given = single(name, raw);
  if (!given.ok) return given;
  if (given.value === undefined) return accept(undefined);
  const parsed = parseIsoInstant(given.value.trim(), 'date-or-date-time');
  if (parsed) return accept(parsed.toISOString());
  return refuse(
    `"${name}" must be an ISO 8601 date or date-time from year 0001 to 9999, e.g. 2018-10-26T20:00:00Z (got "${given.value}")`,
  );
}

export function positiveInteger(name: string, raw: unknown): Parsed<number | undefined> {
  const given = single(name, raw);
  if (!given.ok) return given;
  if (given.value === undefined) return accept(undefined);
  if (!/^\d{1,9}$/.test(given.value) || Number(given.value) < 1)
    return refuse(`"${name}" must be a positive integer (got "${given.value}")`);
  return accept(Number(given.value));
}

export function limit(raw: unknown, fallback: number, max: number): Parsed<number> {
  const parsed = positiveInteger('limit', raw);
  if (!parsed.ok) return parsed;
  const value = parsed.value ?? fallback;
  return value > max ? refuse(`"limit" must be at most ${max} (got ${value})`) : accept(value);
}

export function oneOf<T extends string>(name: string, raw: unknown, allowed: readonly T[]): Parsed<T | undefined> {
  const given = single(name, raw);
  if (!given.ok) return given;
  if (given.value === undefined) return accept(undefined);
  if (!(allowed as readonly string[]).includes(given.value))
    return refuse(`"${name}" must be one of ${allowed.map((value) => `"${value}"`).join(', ')} (got "${given.value}")`);
  return accept(given.value as T);
}

/** A non-empty text of bounded length. */
export function text(name: string, raw: unknown, maxLength = 2048): Parsed<string | undefined> {
  const given = single(name, raw);
  if (!given.ok) return given;
  if (given.value === undefined) return accept(undefined);
  if (given.value.trim() === '') return refuse(`"${name}" must not be empty`);
  if (given.value.length > maxLength) return refuse(`"${name}" must be at most ${maxLength} characters`);
  return accept(given.value);
}
