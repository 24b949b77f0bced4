import { EnvReader } from './env-reader';

/** Settings every app reads the same way; each app's config.ts adds its own. */
export interface SharedConfig {
  host: string;
  databaseUrl: string;
  kafkaBrokers: string[];
  topicPrefix: string;
  partitions: number;
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/palimpsest';
export const DEFAULT_KAFKA_BROKERS = ['127.0.0.1:9092'];

export function readSharedConfig(env: EnvReader): SharedConfig {
  return {
    host: env.string('HOST', '127.0.0.1'),
    databaseUrl: env.url('DATABASE_URL', DEFAULT_DATABASE_URL, ['postgres:', 'postgresql:']),
    kafkaBrokers: env.list('KAFKA_BROKERS', DEFAULT_KAFKA_BROKERS),
    topicPrefix: env.string('KAFKA_TOPIC_PREFIX', ''),
    partitions: env.integer('KAFKA_PARTITIONS', 12, { min: 1, max: 1_000 }),
  };
}
