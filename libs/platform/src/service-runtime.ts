import { topicNames, Topics } from '@palimpsest/contracts';
import { INestApplication } from '@nestjs/common';
import {
  createKafkaClient,
  ensureTopics,
  EventConsumer,
  eventPublisher,
  kafkaConsumerTransport,
} from '@palimpsest/kafka';
import { ensureDatabase, openServiceDatabase, OutboxRelay, ServiceDatabaseOptions } from '@palimpsest/persistence';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Closeables } from './closeables';
import { assertKafkaReachable, assertPostgresReachable } from './reachability';
import { SharedConfig } from './shared-config';

export interface ServiceRuntimeOptions {
  app: string;
  config: SharedConfig;
  schema: string;
  migrations: ServiceDatabaseOptions['migrations'];
  /** Topics this service writes or reads, created when missing. */
  topics: (topics: Topics) => string[];
  /** Services that emit events relay them from their outbox. */
  outbox?: { batchSize: number };
}

export interface ServiceRuntime {
  dataSource: DataSource;
  kafka: Kafka;
  producer: Producer;
  config: SharedConfig;
  topics: Topics;
  relay: OutboxRelay | null;
  closeables: Closeables;
  /** The consumer adapter for one consumer group, dead-lettering to the runtime's topic. */
  createConsumer(group: string, maxAttempts: number): EventConsumer;
}

/**
 * What every app opens before Nest starts: its database schema (created and
 * migrated), the Kafka topics it uses, a producer, and its outbox relay. Fails
 * fast with a readable reason when Postgres or Kafka cannot be reached.
 */
export async function openServiceRuntime(options: ServiceRuntimeOptions): Promise<ServiceRuntime> {
  const { config } = options;
  const closeables = new Closeables();
  await assertPostgresReachable(config.databaseUrl);
  await ensureDatabase(config.databaseUrl);
  const dataSource = await openServiceDatabase({
    url: config.databaseUrl,
    schema: options.schema,
    migrations: options.migrations,
  });
  closeables.add('database pool', () => dataSource.destroy());
  const kafka = createKafkaClient({ brokers: config.kafkaBrokers, clientId: `palimpsest-${options.app}` });
  await assertKafkaReachable(kafka, config.kafkaBrokers);
  const topics = topicNames(config.topicPrefix);
  await ensureTopics(kafka, options.topics(topics), config.partitions);
  // One request in flight keeps a batch's order when kafkajs retries it; the
  // default (murmur2) partitioner places a key where Java clients would.
  const producer = kafka.producer({
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  closeables.add('kafka producer', () => producer.disconnect());
  const relay = options.outbox ? await startRelay(kafka, dataSource, options.schema, options.outbox.batchSize) : null;
  if (relay) {
    closeables.add('outbox relay producer', () => relay.producer.disconnect());
    closeables.add('outbox relay', () => relay.relay.stop());
  }
  const createConsumer = (group: string, maxAttempts: number) => {
    const consumer = new EventConsumer(producer, {
      consumer: group,
      deadLetterTopic: topics.deadLetter,
      maxAttempts,
      backoff: { initialMs: 200, maxMs: 10_000, jitter: 0.3 },
    });
    closeables.add(`event consumer ${group}`, async () => consumer.close());
    return consumer;
  };
  return { config, dataSource, kafka, producer, topics, relay: relay?.relay ?? null, closeables, createConsumer };
}

/** Joins the app's consumer group through Nest's Kafka transport and starts consuming. */
export async function startEventConsumer(app: INestApplication, runtime: ServiceRuntime, group: string): Promise<void> {
  const { config } = runtime;
  app.connectMicroservice(
    kafkaConsumerTransport({ brokers: config.kafkaBrokers, clientId: `palimpsest-${group}`, groupId: group }),
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
}

/**
 * The relay publishes through a producer of its own that never retries inside kafkajs. kafkajs
 * 2.2.4 retries a multi-partition batch by resending only to the brokers that have not answered
 * yet, looked up again from fresh metadata: when a partition's leader died and its leadership moved
 * to a broker that had already acknowledged its own share of the batch, that partition's messages
 * are never sent, and the send still resolves. The relay would then mark them published: lost
 * events (seen in test/scale-out when a broker is killed). Without kafkajs retries a failed send
 * fails whole; the relay rolls the batch back and sends all of it again after a pause, and the
 * copies that did land the first time are dropped by the consumers' inbox (by event id).
 */
async function startRelay(kafka: Kafka, dataSource: DataSource, schema: string, batchSize: number) {
  const producer = kafka.producer({
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { retries: 0 },
  });
  await producer.connect();
  const relay = new OutboxRelay(dataSource, { schema, batchSize, idleMs: 250, publish: eventPublisher(producer) });
  relay.start();
  return { relay, producer };
}
