import { BadRequestException } from '@nestjs/common';
import { accept, refuse, type Result } from '@palimpsest/contracts';

/** A query parameter read from the request: its value, or why it was refused. */
export type Parsed<T> = Result<T>;
export { accept, refuse };

/** The parsed value, or a 400 whose message is the reason. */
export function valueOrBadRequest<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new BadRequestException(parsed.reason);
  return parsed.value;
}

type ParsedValues<T> = { [K in keyof T]: T[K] extends Parsed<infer V> ? V : never };

/** Every parameter's value, or the first refusal, so a request learns the first thing to fix. */
export function allOf<T extends Record<string, Parsed<unknown>>>(parts: T): Parsed<ParsedValues<T>> {
  const values: Record<string, unknown> = {};
  for (const [name, part] of Object.entries(parts)) {
    if (!part.ok) return refuse(part.reason);
    values[name] = part.value;
  }
  return accept(values as ParsedValues<T>);
}
