import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { SOURCE_KINDS } from '../source';

// What the sources API answers, for its OpenAPI description.

const sourceView = z.object({
  id: z.string(),
  kind: z.enum(SOURCE_KINDS),
  url: z.string(),
  intervalSeconds: z.number(),
  enabled: z.boolean(),
  createdAt: z.string().describe('ISO 8601 instant'),
});

const target = z.object({
  url: z.string(),
  role: z.enum(['page', 'listing']).describe('a page is recorded as a capture; a listing is read for URLs'),
  lastPolledAt: z.string().nullable(),
  lastOutcome: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  lastError: z.string().nullable(),
  nextPollAt: z.string(),
});

export class SourceViewDto extends createZodDto(sourceView) {}
export class SourceListDto extends createZodDto(z.object({ items: z.array(sourceView) })) {}
export class SourceDetailDto extends createZodDto(
  sourceView.extend({ targets: z.array(target).describe('every URL the source polls, with its state') }),
) {}
