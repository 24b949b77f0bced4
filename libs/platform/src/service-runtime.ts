import { topicNames, Topics } from '@palimpsest/contracts';
import { INestApplication } from '@nestjs/common';
import { createKafkaClient, ensureTopics, EventConsumer, eventPublisher, KafkaBatchTransport } from '@palimpsest/kafka';
import {
  ensureDatabase,
  NotificationListener,
  openServiceDatabase,
  outboxChannel,
  OutboxRelay,
  ServiceDatabaseOptions,
} from '@palimpsest/persistence';
import { Consumer, Kafka, Partitioners, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Closeables } from './closeables';
import { createRelayProducer } from './relay-producer';
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
  /** The app's one LISTEN connection: workers woken by other transactions' commits register on it. */
  notifications: NotificationListener;
  closeables: Closeables;
  /** The consumer adapter for one consumer group, dead-lettering to the runtime's topic. */
  createConsumer(group: string, maxAttempts: number): EventConsumer;
  /** The adapters made by createConsumer, by group, for startEventConsumer to connect to their transport. */
  consumers: ReadonlyMap<string, EventConsumer>;
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
  const notifications = new NotificationListener(config.databaseUrl);
  const relay = options.outbox ? createRelay(kafka, dataSource, options.schema, options.outbox.batchSize) : null;
  // Listening before the relay's first pass, so no commit falls between that pass's read and the LISTEN.
  if (relay) notifications.on(outboxChannel(options.schema), () => relay.relay.nudge());
  await notifications.connect();
  closeables.add('notification listener', () => notifications.close());
  if (relay) {
    await relay.producer.connect();
    relay.relay.start();
    closeables.add('outbox relay producer', () => relay.producer.disconnect());
    closeables.add('outbox relay', () => relay.relay.stop());
  }
  const consumers = new Map<string, EventConsumer>();
  const createConsumer = (group: string, maxAttempts: number) => {
    const consumer = new EventConsumer(producer, {
      consumer: group,
      deadLetterTopic: topics.deadLetter,
      maxAttempts,
      backoff: { initialMs: 200, maxMs: 10_000, jitter: 0.3 },
      batchSize: config.consumer.batchSize,
    });
    closeables.add(`event consumer ${group}`, async () => consumer.close());
    consumers.set(group, consumer);
    return consumer;
  };
  const relayed = relay?.relay ?? null;
  return {
    config,
    dataSource,
    kafka,
    producer,
    topics,
    relay: relayed,
    notifications,
    closeables,
    createConsumer,
    consumers,
  };
}

/** Joins the app's consumer group through the batch transport and starts consuming `topics`. */
export async function startEventConsumer(
  app: INestApplication,
  runtime: ServiceRuntime,
  group: string,
  topics: string[],
): Promise<void> {
  const { config } = runtime;
  const strategy = new KafkaBatchTransport({
    brokers: config.kafkaBrokers,
    clientId: `palimpsest-${group}`,
    groupId: group,
    topics,
    partitionsConcurrency: config.consumer.partitionsConcurrency,
  });
  const transport = app.connectMicroservice({ strategy }, { inheritAppConfig: true });
  runtime.consumers.get(group)?.watchTransport(transport.unwrap<Consumer>());
  await app.startAllMicroservices();
}

/** Relays the schema's outbox through a producer of its own (see createRelayProducer for why); started once listening. */
function createRelay(kafka: Kafka, dataSource: DataSource, schema: string, batchSize: number) {
  const producer = createRelayProducer(kafka);
  const relay = new OutboxRelay(dataSource, { schema, batchSize, publish: eventPublisher(producer) });
  return { relay, producer };
}
