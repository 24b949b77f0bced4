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
