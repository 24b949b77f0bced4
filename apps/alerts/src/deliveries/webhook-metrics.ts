import type { INestApplication } from '@nestjs/common';
import type { ServiceMetrics } from '@palimpsest/platform';
import { DeliveryWorker } from './send-deliveries/delivery-worker';

/** Webhook attempts by outcome ("delivered", "retry", or why it was given up), failures, and their latency. */
export function countWebhooks(app: INestApplication, metrics: ServiceMetrics): void {
  const attempts = metrics.counter('palimpsest_webhook_attempts_total', 'Webhook POST attempts, by outcome', [
    'outcome',
  ]);
  const failures = metrics.counter('palimpsest_webhook_failures_total', 'Webhook attempts that did not deliver', [
    'outcome',
  ]);
  const latency = metrics.histogram(
    'palimpsest_webhook_latency_seconds',
    'Time from sending a webhook to its answer',
    [],
  );
  app.get(DeliveryWorker).onAttempt(({ outcome, latencyMs }) => {
    attempts.inc({ outcome });
    if (outcome !== 'delivered') failures.inc({ outcome });
    latency.observe(latencyMs / 1000);
  });
}
