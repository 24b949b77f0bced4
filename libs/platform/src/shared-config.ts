import type { EnvReader } from './env-reader';

/** Settings every app reads the same way; each app's config.ts adds its own. */
export interface SharedConfig {
  host: string;
  databaseUrl: string;
  kafkaBrokers: string[];
  topicPrefix: string;
  partitions: number;
  consumer: ConsumerTuning;
}

/** How an app's event consumer runs; ingest, which consumes nothing, reads these and ignores them. */
export interface ConsumerTuning {
  /** Partitions handled at once, so one partition retrying an event does not hold the others. */
  partitionsConcurrency: number;
  /** Time with lag and no progress after which /health reports the consumer degraded. */
  stallMs: number;
  /** Most events one transaction applies: a partition's fetched batch is cut into pieces this size. */
  batchSize: number;
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
    consumer: {
      // Each partition in flight may hold one connection of the app's pool of 10; 4 leaves the
      // rest to the query API, the outbox relay and the delivery worker on a 2-core host.
      partitionsConcurrency: env.integer('CONSUMER_PARTITIONS_CONCURRENCY', 4, { min: 1, max: 64 }),
      stallMs: env.integer('CONSUMER_STALL_MS', 60_000, { min: 1_000 }),
      // Large enough that a commit's WAL flush is shared by hundreds of events, small enough
      // that one transaction's locks and memory stay modest and progress shows every few ms.
      batchSize: env.integer('CONSUMER_BATCH_SIZE', 500, { min: 1, max: 10_000 }),
    },
  };
}
