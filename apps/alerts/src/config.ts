import { EnvReader, readSharedConfig, SharedConfig } from '@palimpsest/platform';

export interface WebhookConfig {
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  timeoutMs: number;
  /** Hosts or IP addresses allowed although they are loopback, private or link-local. */
  allowlist: string[];
  pollMs: number;
}

export interface AlertsConfig extends SharedConfig {
  port: number;
  consumerGroup: string;
  consumerMaxAttempts: number;
  /** Bearer token for the subscriptions API. */
  apiToken: string;
  /** Base of the query API that alerts link to. */
  queryApiUrl: string;
  webhook: WebhookConfig;
}

const MIN_TOKEN_LENGTH = 16;

/** The only place alerts reads process.env. */
export function readAlertsConfig(env: Record<string, string | undefined>): AlertsConfig {
  const reader = new EnvReader(env);
  const shared = readSharedConfig(reader);
  const config = {
    ...shared,
    port: reader.integer('ALERTS_PORT', 3002, { min: 0, max: 65_535 }),
    consumerGroup: reader.string('ALERTS_CONSUMER_GROUP', `${shared.topicPrefix || 'palimpsest'}.alerts`),
    consumerMaxAttempts: reader.integer('CONSUMER_MAX_ATTEMPTS', 8, { min: 1 }),
    apiToken: reader.string('API_TOKEN', ''),
    queryApiUrl: reader.url('QUERY_API_URL', 'http://127.0.0.1:3000', ['http:', 'https:']),
    webhook: {
      maxAttempts: reader.integer('WEBHOOK_MAX_ATTEMPTS', 8, { min: 1, max: 100 }),
      backoffBaseMs: reader.integer('WEBHOOK_BACKOFF_BASE_MS', 1_000, { min: 1 }),
      backoffMaxMs: reader.integer('WEBHOOK_BACKOFF_MAX_MS', 600_000, { min: 1 }),
      timeoutMs: reader.integer('WEBHOOK_TIMEOUT_MS', 10_000, { min: 1 }),
      allowlist: reader.list('WEBHOOK_ALLOWLIST', []),
      pollMs: reader.integer('DELIVERY_POLL_MS', 500, { min: 10 }),
    },
  };
  const tokenProblem =
    config.apiToken.length < MIN_TOKEN_LENGTH
      ? `API_TOKEN must be a secret of at least ${MIN_TOKEN_LENGTH} characters (the subscriptions API requires it)`
      : null;
  finish(reader, tokenProblem);
  return config;
}

/** Reports the reader's problems and the token's together, as every app reports all problems at once. */
function finish(reader: EnvReader, tokenProblem: string | null): void {
  try {
    reader.done('alerts');
  } catch (error) {
    throw new Error(tokenProblem ? `${(error as Error).message}\n  - ${tokenProblem}` : (error as Error).message);
  }
  if (tokenProblem) throw new Error(`invalid configuration for alerts:\n  - ${tokenProblem}`);
}
