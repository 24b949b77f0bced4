import type { SubscriptionFilter } from '../rules/filter';
import type { Rule } from '../rules/rule';
import type { StartOffsets } from '../rules/start-offsets';

export type SubscriptionStatus = 'active' | 'paused';

export interface Subscription {
  id: string;
  url: string;
  filter: SubscriptionFilter;
  rule: Rule;
  status: SubscriptionStatus;
  startOffsets: StartOffsets;
  createdAt: string;
  updatedAt: string;
}

/** A subscription as the API shows it: never its secret, which is shown once at creation. */
export function publicView(subscription: Subscription) {
  const { id, url, filter, rule, status, createdAt, updatedAt } = subscription;
  return { id, url, filter, rule, status, createdAt, updatedAt };
}
