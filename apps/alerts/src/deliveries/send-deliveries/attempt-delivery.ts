import type { DueDelivery, AttemptRecord } from '../deliveries.repository';
import { DELIVERY_HEADERS, signDelivery } from '../signature';
import { postWebhook } from './post-webhook';
import type { NextStep, RetryPolicy } from './retry-policy';
import { describeOutcome, nextStep } from './retry-policy';

export interface AttemptOptions {
  policy: RetryPolicy;
  timeoutMs: number;
  allowlist: readonly string[];
  signal: AbortSignal;
}

/** Signs and POSTs one delivery, and says what happens next. Rejects only when `signal` aborts. */
export async function attemptDelivery(
  delivery: DueDelivery,
  options: AttemptOptions,
): Promise<{ record: AttemptRecord; step: NextStep }> {
  const startedAt = new Date();
  const timestamp = String(Math.floor(startedAt.getTime() / 1000));
  const headers = {
    [DELIVERY_HEADERS.id]: delivery.id,
    [DELIVERY_HEADERS.timestamp]: timestamp,
    [DELIVERY_HEADERS.signature]: signDelivery(delivery.secret, timestamp, delivery.body),
    'user-agent': 'palimpsest-alerts',
  };
  const outcome = await postWebhook({ url: delivery.url, body: delivery.body, headers }, options);
  const latencyMs = Date.now() - startedAt.getTime();
  const step = nextStep(outcome, delivery.roundAttempts + 1, options.policy, Math.random());
  const record: AttemptRecord = {
    startedAt,
    latencyMs,
    statusCode: outcome.kind === 'response' ? outcome.status : null,
    error: step.status === 'delivered' ? null : describeOutcome(outcome),
    outcome: step.status === 'dead-lettered' ? step.reason : step.status === 'pending' ? 'retry' : 'delivered',
    retryInMs: step.status === 'pending' ? step.retryInMs : null,
  };
  return { record, step };
}
