import { z } from 'zod/v4';

export const AMENDMENT_NOTED = 'AmendmentNoted';

/** An "Updated on ..." / "Correction: ..." note seen for the first time in a report. */
export const amendmentNotedV1 = z.object({
  revision: z.number().int().positive(),
  kind: z.enum(['update', 'correction', 'editors_note']),
  raw: z.string().min(1),
  /** UTC instant when the note states a time, YYYY-MM-DD for a date alone, null when it states neither. */
  statedAt: z.string().nullable(),
  precision: z.enum(['minute', 'day']).nullable(),
  timezone: z.string().nullable(),
  reason: z.string().nullable(),
  blockId: z.string(),
});

export type AmendmentNotedPayload = z.infer<typeof amendmentNotedV1>;
