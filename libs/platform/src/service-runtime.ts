import type { Topics } from '@palimpsest/contracts';
import { topicNames } from '@palimpsest/contracts';
import type { INestApplication } from '@nestjs/common';
import { createKafkaClient, createProducer, ensureTopics, EventConsumer, KafkaBatchTransport } from '@palimpsest/kafka';
import type { ServiceDatabaseOptions } from '@palimpsest/persistence';
import { ensureDatabase, NotificationListener, openServiceDatabase } from '@palimpsest/persistence';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { Closeables } from './closeables';
import type { ConsumerGroupConfig } from './consumer-config';
import { assertKafkaReachable, assertPostgresReachable } from './reachability';
import type { SharedConfig } from './shared-config';

export interface ServiceRuntimeOptions {
  app: string;
  config: SharedConfig;
  /** The app's own Postgres schema; its name when not given (each service owns the schema named after it). */
  schema?: string;
  migrations: ServiceDatabaseOptions['migrations'];
  /** Topics this service writes or reads, created when missing. */
  topics: (topics: Topics) => string[];
}

/** A consuming app's consumer adapter, the group it joins and the topics the group reads. */
export interface AppConsumer {
  consumer: EventConsumer;
  group: string;
  topics: string[];
}

export interface ServiceRuntime {
  app: string;
  /** The app's own Postgres schema, where its outbox (if it produces) and inbox live. */
  schema: string;
  dataSource: DataSource;
  kafka: Kafka;
  /** Sends dead letters for the app's consumers; events go out through the outbox relay (openOutboxRelay). */
  producer: Producer;
  config: SharedConfig;
  topics: Topics;
  /** The app's one LISTEN connection: workers woken by other transactions' commits register on it. */
  notifications: NotificationListener;
  closeables: Closeables;
  /** The consumer adapter for the app's consumer group reading `topics`, dead-lettering to the runtime's topic. */
  createConsumer(config: ConsumerGroupConfig, topics: string[]): AppConsumer;
  /** The adapters made by createConsumer, by group, for startEventConsumer to connect to their transport. */
  consumers: ReadonlyMap<string, EventConsumer>;
}

/**
 * What every app opens before Nest starts: its database schema (created and
 * migrated), the Kafka topics it uses, a producer and its LISTEN connection.
 * Producing apps then open their outbox relay (openOutboxRelay). Fails fast
 * with a readable reason when Postgres or Kafka cannot be reached.
 */
export async function openServiceRuntime(options: ServiceRuntimeOptions): Promise<ServiceRuntime> {
  const { config } = options;
  const schema = options.schema ?? options.app;
  const closeables = new Closeables();
  await assertPostgresReachable(config.databaseUrl);
  await ensureDatabase(config.databaseUrl);
  const dataSource = await openServiceDatabase({
    url: config.databaseUrl,
    schema,
    migrations: options.migrations,
  });
  closeables.add('database pool', () => dataSource.destroy());
  const kafka = createKafkaClient({ brokers: config.kafkaBrokers, clientId: `palimpsest-${options.app}` });
  await assertKafkaReachable(kafka, config.kafkaBrokers);
  const topics = topicNames(config.topicPrefix);
  await ensureTopics(kafka, options.topics(topics), config.partitions);
  const producer = createProducer(kafka);
  await producer.connect();
  closeables.add('kafka producer', () => producer.disconnect());
  const notifications = new NotificationListener(config.databaseUrl);
  await notifications.connect();
  closeables.add('notification listener', () => notifications.close());
  const consumers = new Map<string, EventConsumer>();
  const createConsumer = ({ consumerGroup: group, consumerMaxAttempts }: ConsumerGroupConfig, read: string[]) => {
    const consumer = new EventConsumer(producer, {
      consumer: group,
      deadLetterTopic: topics.deadLetter,
      maxAttempts: consumerMaxAttempts,
      backoff: { initialMs: 200, maxMs: 10_000, jitter: 0.3 },
      batchSize: config.consumer.batchSize,
    });
    closeables.add(`event consumer ${group}`, async () => consumer.close());
    consumers.set(group, consumer);
    return { consumer, group, topics: read };
  };
  return {
    app: options.app,
    schema,
    config,
    dataSource,
    kafka,
    producer,
    topics,
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
