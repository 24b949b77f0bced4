import type { EnvReader } from '../env-reader';

/** What a producing app reads for its outbox relay. */
export interface OutboxConfig {
  /** Most rows read and sent in one transaction (OUTBOX_BATCH_SIZE). */
  relayBatchSize: number;
}

export function readOutboxConfig(env: EnvReader): OutboxConfig {
  return { relayBatchSize: env.integer('OUTBOX_BATCH_SIZE', 500, { min: 1 }) };
}
