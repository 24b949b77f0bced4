import { EnvReader, readSharedConfig, SharedConfig } from '@palimpsest/platform';

export interface DiffConfig extends SharedConfig {
  port: number;
  consumerGroup: string;
  relayBatchSize: number;
  maxAttempts: number;
}

/** The only place diff reads process.env. */
export function readDiffConfig(env: Record<string, string | undefined>): DiffConfig {
  const reader = new EnvReader(env);
  const shared = readSharedConfig(reader);
  const config = {
    ...shared,
    port: reader.integer('DIFF_PORT', 3003, { min: 0, max: 65_535 }),
    consumerGroup: reader.string('DIFF_CONSUMER_GROUP', `${shared.topicPrefix || 'palimpsest'}.diff`),
    relayBatchSize: reader.integer('OUTBOX_BATCH_SIZE', 500, { min: 1 }),
    maxAttempts: reader.integer('CONSUMER_MAX_ATTEMPTS', 8, { min: 1 }),
  };
  reader.done('diff');
  return config;
}
