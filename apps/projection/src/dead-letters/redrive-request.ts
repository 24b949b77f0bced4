import type { Result } from '@palimpsest/contracts';
import { parseRequest } from '@palimpsest/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';

export type RedriveSelection = { ids: string[] } | 'all';

/** A dead letter's id as `GET /dead-letters` shows it: partition and offset in the dead-letter topic. */
const ENTRY_ID = /^\d{1,9}:\d{1,19}$/;
const MAX_IDS = 1_000;
const NAME_WHAT = 'name what to redrive: "ids" (a non-empty list of PARTITION:OFFSET) or "all": true';
const badId = ({ input }: { input?: unknown }) =>
  `"ids" must each look like PARTITION:OFFSET, as GET /dead-letters shows (got ${JSON.stringify(input)})`;

const redriveFields = z.object(
  {
    ids: z
      .array(z.string({ error: badId }).regex(ENTRY_ID, { error: badId }), { error: NAME_WHAT })
      .min(1, { error: NAME_WHAT })
      .max(MAX_IDS, { error: `"ids" may name at most ${MAX_IDS} dead letters at once` })
      .optional()
      .describe('dead letters by PARTITION:OFFSET, as GET /dead-letters shows them'),
    all: z.literal(true, { error: '"all" must be true' }).optional().describe('every dead letter not yet redriven'),
  },
  { error: 'the body must be a JSON object: { "ids": ["PARTITION:OFFSET", ...] } or { "all": true }' },
);

/** `POST /dead-letters/redrive`: `{ "ids": ["P:O", ...] }` or `{ "all": true }`. */
const redriveRequest = redriveFields
  .refine(({ ids, all }) => ids === undefined || all === undefined, { error: 'give either "ids" or "all", not both' })
  .refine(({ ids, all }) => ids !== undefined || all !== undefined, { error: NAME_WHAT })
  .transform(({ ids }): RedriveSelection => (ids ? { ids: [...new Set(ids)] } : 'all'));

export class RedriveRequestDto extends createZodDto(redriveFields) {}

export function parseRedriveRequest(body: unknown): Result<RedriveSelection> {
  return parseRequest(redriveRequest, body);
}

const ids = z.array(z.string());
export class RedriveOutcomeDto extends createZodDto(
  z.object({ redriven: ids, alreadyRedriven: ids, missing: ids.describe('ids not found in the dead-letter topic') }),
) {}

export class DeadLetterListDto extends createZodDto(
  z.object({
    items: z.array(
      z.object({
        id: z.string().describe('PARTITION:OFFSET in the dead-letter topic'),
        reason: z.string(),
        detail: z.string(),
        consumer: z.string(),
        sourceTopic: z.string(),
        sourcePartition: z.number().int(),
        sourceOffset: z.string(),
        failedAt: z.string(),
        key: z.string().nullable(),
        value: z.string().nullable().describe('the message as text, even when it could not be decoded'),
        redriven: z.boolean(),
      }),
    ),
  }),
) {}
