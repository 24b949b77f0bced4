import type { ConsumingAppConfig } from '@palimpsest/platform';
import { readConfig, readConsumingAppConfig } from '@palimpsest/platform';

export interface WebhookConfig {
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  timeoutMs: number;
  /** Hosts or IP addresses allowed although they are loopback, private or link-local. */
  allowlist: string[];
  /** Subscriptions sent to at once; each POST in flight holds a pooled database connection. */
  concurrency: number;
}

export interface AlertsConfig extends ConsumingAppConfig {
  /** Base of the query API that alerts link to. */
  queryApiUrl: string;
  webhook: WebhookConfig;
}

/** The only place alerts reads process.env. */
export function readAlertsConfig(env: Record<string, string | undefined>): AlertsConfig {
  return readConfig('alerts', env, (reader) => ({
    ...readConsumingAppConfig(reader, 'alerts', { defaultPort: 3002, tokenRequired: true }),
    queryApiUrl: reader.url('QUERY_API_URL', 'http://127.0.0.1:3000', ['http:', 'https:']),
    webhook: {
      maxAttempts: reader.integer('WEBHOOK_MAX_ATTEMPTS', 8, { min: 1, max: 100 }),
      backoffBaseMs: reader.integer('WEBHOOK_BACKOFF_BASE_MS', 1_000, { min: 1 }),
      backoffMaxMs: reader.integer('WEBHOOK_BACKOFF_MAX_MS', 600_000, { min: 1 }),
      timeoutMs: reader.integer('WEBHOOK_TIMEOUT_MS', 10_000, { min: 1 }),
      allowlist: reader.list('WEBHOOK_ALLOWLIST', []),
      concurrency: reader.integer('ALERTS_DELIVERY_CONCURRENCY', 4, { min: 1, max: 64 }),
    },
  }));
}
