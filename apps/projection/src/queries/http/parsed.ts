import { BadRequestException } from '@nestjs/common';

/** A query parameter read from the request: its value, or why it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const refuse = <T = never>(reason: string): Parsed<T> => ({ ok: false, reason });

/** The parsed value, or a 400 whose message is the reason. */
export function valueOrBadRequest<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new BadRequestException(parsed.reason);
  return parsed.value;
}
