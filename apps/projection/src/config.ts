import { EnvReader, readSharedConfig, SharedConfig } from '@palimpsest/platform';

export interface ProjectionConfig extends SharedConfig {
  port: number;
  consumerGroup: string;
  maxAttempts: number;
}

/** The only place projection reads process.env. */
export function readProjectionConfig(env: Record<string, string | undefined>): ProjectionConfig {
  const reader = new EnvReader(env);
  const shared = readSharedConfig(reader);
  const config = {
    ...shared,
    port: reader.integer('PROJECTION_PORT', 3000, { min: 0, max: 65_535 }),
    consumerGroup: reader.string('PROJECTION_CONSUMER_GROUP', `${shared.topicPrefix || 'palimpsest'}.projection`),
    maxAttempts: reader.integer('CONSUMER_MAX_ATTEMPTS', 8, { min: 1 }),
  };
  reader.done('projection');
  return config;
}
