import { refuse, type Result } from '@palimpsest/contracts';
import { parseRequest } from '@palimpsest/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import type { SubscriptionStatus } from '../subscription';

const HOW = 'send { "status": "paused" } or { "status": "active" }';

const byStatus = z.object({
  status: z
    .enum(['paused', 'active'])
    .describe('paused stops alerting; active resumes ({ "paused": true } also works)'),
});

/** PATCH accepts `{ "status": "paused" | "active" }` or `{ "paused": true | false }`. */
const statusChange = z
  .union(
    [
      byStatus,
      z.object({ paused: z.boolean() }).transform(({ paused }) => ({ status: paused ? 'paused' : 'active' }) as const),
    ],
    { error: HOW },
  )
  .transform(({ status }): SubscriptionStatus => status);

export class StatusChangeDto extends createZodDto(byStatus) {}

export function parseStatusChange(body: unknown): Result<SubscriptionStatus> {
  const parsed = parseRequest(statusChange, body);
  return parsed.ok ? parsed : refuse(HOW);
}
