import { randomBytes } from 'node:crypto';
import type { EventEnvelope } from '@palimpsest/contracts';
import { createEvent, SOURCE_FAILING } from '@palimpsest/contracts';
import { dropDatabase, openServiceDatabase } from '@palimpsest/persistence';
import type { Consumer } from 'kafkajs';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import type { ServiceRuntime } from '../service-runtime';
import { openServiceRuntime } from '../service-runtime';
import type { SharedConfig } from '../shared-config';
import { appendToOutbox } from './append-to-outbox';
import { openOutboxRelay } from './open-outbox-relay';
import type { OutboxRelay } from './outbox-relay';
import { outboxTableSql } from './outbox-table';

const SERVER = process.env.PALIMPSEST_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const SCHEMA = 'relay_wakeup';
/** Smaller than what one transaction appends below, so draining takes several batches. */
const RELAY_BATCH_SIZE = 2;

class CreateOutbox1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(outboxTableSql(SCHEMA));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${SCHEMA}".outbox`);
  }
}

function sourceFailing(reportId: string, failures: number): EventEnvelope {
  const now = new Date().toISOString();
  return createEvent(
    SOURCE_FAILING,
    { reportId, occurredAt: now, effectiveAt: now, causationId: null, correlationId: reportId },
    {
      sourceId: 'wakeup',
      sourceKind: 'url',
      sourceUrl: 'https://relay.example.org/',
      url: 'https://relay.example.org/',
      consecutiveFailures: failures,
      firstFailedAt: now,
      lastError: 'test',
    },
    [failures],
  );
}

/** Event ids as they arrive on `topic`, from its beginning. */
async function collect(consumer: Consumer, topic: string, into: string[]): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void into.push(String(message.headers?.['event-id'])) });
}

async function until(arrived: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!arrived()) {
    if (Date.now() > deadline) throw new Error(`never arrived: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The relay has no idle poll: it publishes because the appending transaction
 * notified its channel at commit. Rows appended here through a connection the
 * relay knows nothing of, with no nudge, must still reach the topic, in order.
 */
describe('outbox relay woken by commits', () => {
  const runId = `relay_wakeup_${randomBytes(4).toString('hex')}`;
  const config: SharedConfig = {
    host: '127.0.0.1',
    databaseUrl: `${SERVER}/${runId}`,
    kafkaBrokers: BROKERS,
    topicPrefix: runId,
    partitions: 1,
    consumer: { partitionsConcurrency: 1, stallMs: 60_000, batchSize: 100 },
  };
  let runtime: ServiceRuntime;
  let relay: OutboxRelay;
  let writer: DataSource;
  let reader: Consumer;
  const arrived: string[] = [];

  beforeAll(async () => {
    runtime = await openServiceRuntime({
      app: 'relay-wakeup',
      config,
      schema: SCHEMA,
      migrations: [CreateOutbox1700000000000],
      topics: (topics) => [topics.revisions],
    });
    relay = await openOutboxRelay(runtime, { relayBatchSize: RELAY_BATCH_SIZE });
    writer = await openServiceDatabase({
      url: config.databaseUrl,
      schema: SCHEMA,
      migrations: [CreateOutbox1700000000000],
      poolSize: 1,
    });
    reader = runtime.kafka.consumer({ groupId: `${runId}-reader`, maxWaitTimeInMs: 100 });
    await collect(reader, runtime.topics.revisions, arrived);
  }, 60_000);

  afterAll(async () => {
    await reader?.disconnect();
    await writer?.destroy();
    await runtime?.closeables.onApplicationShutdown();
    await dropDatabase(config.databaseUrl);
  });

  it('publishes a committed append without a nudge, all of it, in order', async () => {
    const events = [1, 2, 3, 4, 5].map((failures) => sourceFailing('report-a', failures));

    await writer.transaction((manager) => appendToOutbox(manager, SCHEMA, runtime.topics.revisions, events));
    await until(() => arrived.length >= events.length, `${events.length} events`);

    expect(arrived).toEqual(events.map((event) => event.id));
    expect(relay.published).toBe(events.length);
  }, 60_000);

  it('publishes nothing a rolled-back transaction appended, and the next commit after it', async () => {
    const rolledBack = sourceFailing('report-b', 1);
    const committed = sourceFailing('report-b', 2);
    const before = arrived.length;

    await writer
      .transaction(async (manager) => {
        await appendToOutbox(manager, SCHEMA, runtime.topics.revisions, [rolledBack]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await writer.transaction((manager) => appendToOutbox(manager, SCHEMA, runtime.topics.revisions, [committed]));
    await until(() => arrived.length > before, 'the committed event');

    expect(arrived.slice(before)).toEqual([committed.id]);
  }, 60_000);
});
