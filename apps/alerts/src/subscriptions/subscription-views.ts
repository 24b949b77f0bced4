import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';

// What the subscriptions API answers (publicView), for its OpenAPI description.

const subscriptionView = z.object({
  id: z.string().describe('uuid'),
  url: z.string(),
  filter: z.object({
    reports: z.object({ ids: z.array(z.string()), urlPrefix: z.string().nullable(), publisher: z.string().nullable() }),
    metrics: z.object({ keys: z.array(z.string()), label: z.string().nullable() }),
  }),
  rule: z
    .object({ kind: z.string() })
    .loose()
    .describe('the rule as read, e.g. { kind: "relative-change", atLeastPercent: 5 }'),
  status: z.enum(['active', 'paused']),
  createdAt: z.string().describe('ISO 8601 instant'),
  updatedAt: z.string().describe('ISO 8601 instant'),
});

export class SubscriptionViewDto extends createZodDto(subscriptionView) {}
export class SubscriptionListDto extends createZodDto(z.object({ items: z.array(subscriptionView) })) {}
export class CreatedSubscriptionDto extends createZodDto(
  subscriptionView.extend({ secret: z.string().describe('signs every alert; shown this once, never again') }),
) {}
