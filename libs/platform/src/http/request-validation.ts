import type { Result } from '@palimpsest/contracts';
import { BadRequestException } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import type { z } from 'zod/v4';

/** The one thing a client fixes first: the first issue, named by its field when its message does not say. */
export function firstReason(error: z.ZodError): string {
  const [issue] = error.issues;
  if (!issue) return 'invalid request';
  const field = issue.path.join('.');
  return field && !issue.message.startsWith('"') ? `"${field}": ${issue.message}` : issue.message;
}

/** A request part read with its schema: the value, or the reason a 400 gives. */
export function parseRequest<T extends z.ZodType>(schema: T, input: unknown): Result<z.output<T>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: firstReason(parsed.error) };
}

/** The same validation for a value a handler assembles itself (a raw body with query fields). */
export function readRequest<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = parseRequest(schema, input);
  if (!parsed.ok) throw new BadRequestException(parsed.reason);
  return parsed.value;
}

/** Validates every DTO made with `createZodDto`; a refusal is a 400 whose message is the reason. */
export const RequestValidationPipe = createZodValidationPipe({
  createValidationException: (error) => new BadRequestException(firstReason(error as z.ZodError)),
});
