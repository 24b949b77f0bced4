import {
  checkApiToken,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  EdgeConfig,
  EnvReader,
  readSharedConfig,
  readTextWorkConfig,
  SharedConfig,
  TextWorkConfig,
} from '@palimpsest/platform';

export interface ProjectionConfig extends SharedConfig, EdgeConfig, TextWorkConfig {
  /** Largest request body accepted by its write endpoints. */
  bodyLimitBytes: number;
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
    ...readTextWorkConfig(reader),
    port: reader.integer('PROJECTION_PORT', 3000, { min: 0, max: 65_535 }),
    consumerGroup: reader.string('PROJECTION_CONSUMER_GROUP', `${shared.topicPrefix || 'palimpsest'}.projection`),
    maxAttempts: reader.integer('CONSUMER_MAX_ATTEMPTS', 8, { min: 1 }),
    apiToken: checkApiToken(reader, reader.string('API_TOKEN', ''), { required: false }),
    rateLimitPerMinute: reader.integer('RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT_PER_MINUTE, { min: 1 }),
    bodyLimitBytes: reader.integer('BODY_MAX_BYTES', 64 * 1024, { min: 1_024 }),
  };
  reader.done('projection');
  return config;
}
