import { backoffDelay, BackoffOptions } from '@palimpsest/kafka';

/** What one HTTP attempt came to. */
export type AttemptOutcome =
  | { kind: 'response'; status: number }
  | { kind: 'network-error'; error: string }
  | { kind: 'timeout' }
  | { kind: 'refused-address'; error: string };

export interface RetryPolicy {
  maxAttempts: number;
  backoff: BackoffOptions;
}

export type NextStep =
  { status: 'delivered' } | { status: 'pending'; retryInMs: number } | { status: 'dead-lettered'; reason: string };

// 408 and 429 say "try later"; any other 4xx (and 3xx: redirects are not followed) will not change by retrying.
const RETRYABLE_STATUSES = new Set([408, 429]);

export function isRetryable(outcome: AttemptOutcome): boolean {
  if (outcome.kind === 'network-error' || outcome.kind === 'timeout') return true;
  if (outcome.kind === 'refused-address') return false;
  return outcome.status >= 500 || RETRYABLE_STATUSES.has(outcome.status);
}

export function describeOutcome(outcome: AttemptOutcome): string {
  if (outcome.kind === 'response') return `HTTP ${outcome.status}`;
  if (outcome.kind === 'timeout') return 'timed out';
  return outcome.error;
}

/** After attempt `attempt` (1-based) ends with `outcome`: done, retry after a backoff with jitter, or dead-letter. */
export function nextStep(outcome: AttemptOutcome, attempt: number, policy: RetryPolicy, random: number): NextStep {
  if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) return { status: 'delivered' };
  if (!isRetryable(outcome)) return { status: 'dead-lettered', reason: `${describeOutcome(outcome)}, not retried` };
  if (attempt >= policy.maxAttempts) {
    return { status: 'dead-lettered', reason: `${describeOutcome(outcome)} after ${attempt} attempts` };
  }
  return { status: 'pending', retryInMs: backoffDelay(attempt, policy.backoff, random) };
}
