import { INestApplication, Logger, Module, ServiceUnavailableException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createEvent, PalimpsestEvent, REVISION_RECORDED } from '@palimpsest/contracts';
import {
  BatchConsumerGroup,
  createKafkaClient,
  ensureTopics,
  EVENT_ROUTER,
  EventConsumer,
  EventRouter,
  eventsController,
} from '@palimpsest/kafka';
import { dropDatabase } from '@palimpsest/persistence';
import { Kafka, KafkaJSNonRetriableError, Partitioners, Producer } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { EnvReader } from '../env-reader';
import { openServiceRuntime, ServiceRuntime, startEventConsumer } from '../service-runtime';
import { readSharedConfig } from '../shared-config';
import { ConsumerHealth, consumingAppHealth, registerConsumerHealth } from './consumer-health';
import { exposeMetrics } from './expose-metrics';

const SERVER = process.env.PALIMPSEST_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function revision(reportId: string): PalimpsestEvent {
  const at = '2024-01-01T00:00:00.000Z';
  return createEvent(
    REVISION_RECORDED,
    { reportId, occurredAt: at, effectiveAt: at, causationId: null, correlationId: 'c' },
    {
      url: `https://example.com/${reportId}`,
      canonicalUrl: `https://example.com/${reportId}`,
      revision: 1,
      contentHash: 'h',
      previousHash: null,
      publishedAt: null,
      document: { title: null, publishedAt: null, sections: [] },
      amendmentIds: [],
      captureSource: 'api',
    },
    [1],
  );
}

/** Fails every event with a connection error while `blocked`, as a handler does while its database is away. */
class BlockableRouter implements EventRouter {
  blocked = true;
  failures = 0;

  async route(): Promise<void> {
    if (this.blocked) {
      this.failures++;
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    }
  }
}

beforeAll(() => {
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS is not set: run through deploy/kafka/with-broker');
  jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
});
afterAll(() => jest.restoreAllMocks());

describe('consumer health of an app wired as the apps are', () => {
  const id = randomBytes(4).toString('hex');
  const databaseUrl = `${SERVER}/health_${id}`;
  const group = `health-${id}`;
  const router = new BlockableRouter();
  let runtime: ServiceRuntime;
  let app: INestApplication;
  let consumer: EventConsumer;

  beforeAll(async () => {
    const env = new EnvReader({
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_PREFIX: `health-${id}`,
      KAFKA_PARTITIONS: '2',
      CONSUMER_STALL_MS: '1000',
    });
    const config = readSharedConfig(env);
    runtime = await openServiceRuntime({
      app: 'health-check',
      config,
      schema: 'health_check',
      migrations: [],
      topics: (topics) => [topics.revisions, topics.deadLetter],
    });
    consumer = runtime.createConsumer({ consumerGroup: group, consumerMaxAttempts: 1_000 }, [
      runtime.topics.revisions,
    ]).consumer;
    @Module({
      controllers: [eventsController()],
      providers: [
        { provide: EventConsumer, useValue: consumer },
        { provide: EVENT_ROUTER, useValue: router },
      ],
    })
    class HostModule {}
    app = await NestFactory.create(HostModule, { logger: false });
    exposeMetrics(app, runtime, 'health-check', { consumer, group, topics: [runtime.topics.revisions] });
    await startEventConsumer(app, runtime, group, [runtime.topics.revisions]);
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.closeables.onApplicationShutdown();
    await dropDatabase(databaseUrl);
  });

  const health = () => consumingAppHealth('health-check', consumer, {});

  it('given no lag, then it is ok', async () => {
    expect(await health()).toMatchObject({ status: 'ok', app: 'health-check', consumer: { status: 'ok', lag: 0 } });
  });

  it('given an event retried with nothing moving for the stall time, then it is degraded; once it gets through, ok', async () => {
    await runtime.producer.send({
      topic: runtime.topics.revisions,
      messages: [{ key: 'rpt_a', value: JSON.stringify(revision('rpt_a')) }],
    });
    const degraded = await eventually(health, (body) => body.status === 'degraded', 'degraded');
    expect(router.failures).toBeGreaterThan(0);
    expect(degraded.consumer).toMatchObject({ status: 'degraded', lag: 1, processed: 0 });
    expect(degraded.consumer.reason).toMatch(/^1 messages waiting and no progress for \d+ ms$/);

    router.blocked = false;
    // The lag reading may be up to LAG_MAX_AGE_MS old: wait for the one after the event went through.
    const ok = await eventually(health, (body) => body.status === 'ok' && body.consumer.lag === 0, 'ok again');
    expect(ok.consumer).toMatchObject({ lag: 0, processed: 1, deadLettered: 0 });
  });
});

describe('consumer health after kafkajs gives up on the consumer', () => {
  const kafka: Kafka = createKafkaClient({ brokers, clientId: 'health-crash' });
  const producer: Producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  let group: BatchConsumerGroup | null = null;

  afterAll(async () => {
    await group?.stop().catch(() => undefined);
    await producer.disconnect();
  });

  it('given an error kafkajs cannot recover from, then the consumer is down and /health answers 503', async () => {
    const topic = `health-crash-${randomBytes(4).toString('hex')}`;
    await ensureTopics(kafka, [topic], 1);
    await producer.connect();
    // kafkajs restarts its consumer after a retriable error; one marked not retriable (as kafkajs
    // marks a broker refusing the group, for one) stops the consumer for good.
    group = new BatchConsumerGroup({
      brokers,
      clientId: topic,
      groupId: topic,
      topics: [topic],
      partitionsConcurrency: 1,
    });
    const adapter = new EventConsumer(producer, {
      consumer: topic,
      deadLetterTopic: `${topic}-dlq`,
      maxAttempts: 1,
      backoff: { initialMs: 1, maxMs: 1, jitter: 0 },
      batchSize: 10,
    });
    adapter.watchTransport(group.consumer);
    await group.start(async () => {
      throw new KafkaJSNonRetriableError('not authorized');
    });

    registerConsumerHealth(adapter, new ConsumerHealth(adapter, async () => 1, 60_000));
    // Sent once the crash is watched for: the consumer is already running and would crash at once.
    await producer.send({ topic, messages: [{ value: 'anything' }] });

    const down = await eventually(
      () => consumingAppHealth('crash-check', adapter, {}).catch((error: unknown) => error),
      (answer) => answer instanceof ServiceUnavailableException,
      'down',
    );
    const response = (down as ServiceUnavailableException).getResponse();
    expect((down as ServiceUnavailableException).getStatus()).toBe(503);
    expect(response).toMatchObject({ status: 'down', consumer: { status: 'down' } });
    expect((response as { consumer: { reason: string } }).consumer.reason).toMatch(
      /^consumer crashed: KafkaJSNonRetriableError: not authorized$/,
    );
  });
});
