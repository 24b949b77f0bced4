import type { BackoffOptions } from '@palimpsest/kafka';
import { backoffDelay } from '@palimpsest/kafka';

/** What one HTTP attempt came to. */
export type AttemptOutcome =
  | { kind: 'response'; status: number; retryAfterMs?: number | null }
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
// The statuses whose Retry-After says when the receiver will take the request (RFC 9110 10.2.3).
const RETRY_AFTER_STATUSES = new Set([429, 503]);

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

/**
 * After attempt `attempt` (1-based) ends with `outcome`: done, retry, or dead-letter. A retry waits
 * as long as a 429 or 503 asks in Retry-After, at most the backoff cap; otherwise a backoff with jitter.
 */
export function nextStep(outcome: AttemptOutcome, attempt: number, policy: RetryPolicy, random: number): NextStep {
  if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) return { status: 'delivered' };
  if (!isRetryable(outcome)) return { status: 'dead-lettered', reason: `${describeOutcome(outcome)}, not retried` };
  if (attempt >= policy.maxAttempts) {
    return { status: 'dead-lettered', reason: `${describeOutcome(outcome)} after ${attempt} attempts` };
  }
  const asked = askedWait(outcome);
  if (asked !== null) return { status: 'pending', retryInMs: Math.min(asked, policy.backoff.maxMs) };
  return { status: 'pending', retryInMs: backoffDelay(attempt, policy.backoff, random) };
}

function askedWait(outcome: AttemptOutcome): number | null {
  if (outcome.kind !== 'response' || !RETRY_AFTER_STATUSES.has(outcome.status)) return null;
  return outcome.retryAfterMs ?? null;
}
