import { parseIsoInstant } from '@palimpsest/platform';
import { z } from 'zod/v4';
import { decodeCursor, FOREIGN_CURSOR, type CursorValues } from './cursor';

// Query parameters as zod schemas: each one validates its value and describes it
// in the OpenAPI document. Every message names its parameter, so a 400 says what to fix.

type Issue = { input?: unknown };

/** Query strings may repeat a name (`?a=1&a=2`); a single-valued parameter given twice is refused. */
function once(name: string, otherwise: (issue: Issue) => string) {
  return (issue: Issue) => (Array.isArray(issue.input) ? `"${name}" must be given once` : otherwise(issue));
}

const single = (name: string) => z.string({ error: once(name, () => `"${name}" must be a string`) });

/** An ISO 8601 date or date-time (years 0001-9999); a bare date is midnight UTC, a time without offset is UTC. */
export function instant(name: string, description: string) {
  return single(name)
    .transform((raw, context) => {
      const parsed = parseIsoInstant(raw.trim(), 'date-or-date-time');
      if (parsed) return parsed.toISOString();
      context.issues.push({
        code: 'custom',
        input: raw,
        message: `"${name}" must be an ISO 8601 date or date-time from year 0001 to 9999, e.g. 2018-10-26T20:00:00Z (got "${raw}")`,
      });
      return z.NEVER;
    })
    .optional()
    .describe(`${description}; ISO 8601, e.g. 2018-10-26T20:00:00Z or 2018-10-26`);
}

export function positiveInteger(name: string, description: string) {
  const refusal = once(name, ({ input }) =>
    input === undefined ? `"${name}" is required` : `"${name}" must be a positive integer (got "${String(input)}")`,
  );
  return z
    .string({ error: refusal })
    .regex(/^\d{1,9}$/, { error: refusal })
    .refine((raw) => Number(raw) >= 1, { error: refusal })
    .transform(Number)
    .describe(description);
}

/** A page size: `fallback` when absent, refused above `max`. */
export function limit(fallback: number, max: number) {
  return positiveInteger('limit', `page size, default ${fallback}, at most ${max}`)
    .optional()
    .transform((value, context) => {
      const size = value ?? fallback;
      if (size <= max) return size;
      context.issues.push({ code: 'custom', input: value, message: `"limit" must be at most ${max} (got ${size})` });
      return z.NEVER;
    });
}

export function oneOf<const T extends readonly [string, ...string[]]>(name: string, allowed: T, description: string) {
  const listed = allowed.map((value) => `"${value}"`).join(', ');
  return z
    .enum(allowed, { error: once(name, ({ input }) => `"${name}" must be one of ${listed} (got "${String(input)}")`) })
    .optional()
    .describe(description);
}

/** A non-empty text of bounded length. */
export function text(name: string, description: string, maxLength = 2048) {
  return single(name)
    .refine((value) => value.trim() !== '', { error: `"${name}" must not be empty` })
    .refine((value) => value.length <= maxLength, { error: `"${name}" must be at most ${maxLength} characters` })
    .optional()
    .describe(description);
}

/** A page token handed out as `nextCursor`, holding `arity` values that `isPosition` accepts. */
export function cursor(arity: number, isPosition: (values: CursorValues) => boolean) {
  return z
    .string({ error: FOREIGN_CURSOR })
    .transform((raw, context) => {
      const decoded = decodeCursor(raw, arity);
      if (decoded.ok && decoded.value && isPosition(decoded.value)) return decoded.value;
      context.issues.push({ code: 'custom', input: raw, message: FOREIGN_CURSOR });
      return z.NEVER;
    })
    .optional()
    .describe('"nextCursor" of the previous page, unchanged');
}
