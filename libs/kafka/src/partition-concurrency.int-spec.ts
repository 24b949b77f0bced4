import type { INestMicroservice } from '@nestjs/common';
import type { PalimpsestEvent } from '@palimpsest/contracts';
import { createEvent, REVISION_RECORDED } from '@palimpsest/contracts';
import { Partitioners } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { createKafkaClient } from './client';
import type { ConsumedEvent } from './event-consumer';
import type { EventRouter } from './events-controller';
import { hostEventRouter } from './testing/host-event-router';
import { ensureTopics } from './topics-admin';

function revision(reportId: string, revision: number): PalimpsestEvent {
  const at = '2024-01-01T00:00:00.000Z';
  return createEvent(
    REVISION_RECORDED,
    { reportId, occurredAt: at, effectiveAt: at, causationId: null, correlationId: 'c' },
    {
      url: `https://example.com/${reportId}`,
      canonicalUrl: `https://example.com/${reportId}`,
      revision,
      contentHash: `h${revision}`,
      previousHash: null,
      publishedAt: null,
      document: { title: null, publishedAt: null, sections: [] },
      amendmentIds: [],
      captureSource: 'api',
    },
    [revision],
  );
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const OTHER_PARTITIONS = [1, 2, 3];
const EVENTS_PER_PARTITION = 5;
/** Bounds the stuck partition's failures, so one-at-a-time consumption ends (and fails the test) instead of hanging. */
const STUCK_ATTEMPTS_CAP = 60;

/**
 * The report on partition 0 fails with a connection error until every other partition is done (or
 * the cap is hit); each other partition waits, briefly, for that failure to have started. The
 * timeline shows whether the other partitions were handled while partition 0 was retrying.
 */
class TimelineRouter implements EventRouter {
  readonly timeline: string[] = [];
  private stuckFailures = 0;

  /** All or nothing, as an app's transaction: a call that throws leaves only its failure on the timeline. */
  async route(batch: readonly ConsumedEvent[]): Promise<void> {
    const entries: string[] = [];
    // Partition 0 first, so a call joining several partitions fails before it waits on the others;
    // partitions are independent, and a partition's own order is kept (the sort is stable).
    const stuckFirst = [...batch].sort(
      (a, b) => Number(b.position.partition === 0) - Number(a.position.partition === 0),
    );
    for (const { position } of stuckFirst) entries.push(await this.routeOne(position.partition));
    this.timeline.push(...entries);
  }

  private async routeOne(partition: number): Promise<string> {
    if (partition === 0) {
      const othersDone = this.othersHandled() === OTHER_PARTITIONS.length * EVENTS_PER_PARTITION;
      if (!othersDone && this.stuckFailures < STUCK_ATTEMPTS_CAP) {
        this.stuckFailures++;
        this.timeline.push('p0:failed');
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      }
      return 'p0:processed';
    }
    const deadline = Date.now() + 3_000;
    while (this.stuckFailures === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return `p${partition}:processed`;
  }

  othersHandled(): number {
    return this.timeline.filter((entry) => !entry.startsWith('p0:')).length;
  }
}

describe('one partition retrying an event', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  const kafka = createKafkaClient({ brokers, clientId: 'partition-concurrency' });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const apps: INestMicroservice[] = [];

  beforeAll(async () => {
    if (brokers.length === 0) throw new Error('KAFKA_BROKERS is not set: run through deploy/kafka/with-broker');
    await producer.connect();
  });
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    await producer.disconnect();
  });

  /** Hosts `router` behind the batch transport, reading `topic` with four partitions at a time. */
  const host = async (topic: string, router: EventRouter, { maxAttempts = 3 } = {}) => {
    const consumer = { maxAttempts, backoff: { initialMs: 20, maxMs: 50, jitter: 0 }, detachAfterMs: 200 };
    const hosted = await hostEventRouter({ brokers, producer, topic, router, partitionsConcurrency: 4, consumer });
    apps.push(hosted.app);
    return hosted.consumer;
  };

  it('given a retriable failure on one partition, then the other partitions are handled meanwhile', async () => {
    const topic = `partition-concurrency-${randomBytes(4).toString('hex')}`;
    const deadLetterTopic = `${topic}-dlq`;
    await ensureTopics(kafka, [topic, deadLetterTopic], 4);
    const messages = [0, ...OTHER_PARTITIONS].flatMap((partition) =>
      Array.from({ length: partition === 0 ? 1 : EVENTS_PER_PARTITION }, (_, index) => ({
        partition,
        key: `rpt_${partition}`,
        value: JSON.stringify(revision(`rpt_${partition}`, index + 1)),
      })),
    );
    await producer.send({ topic, messages });

    const router = new TimelineRouter();
    const consumer = await host(topic, router, { maxAttempts: STUCK_ATTEMPTS_CAP + 1 });

    await until(() => router.timeline.includes('p0:processed'), 'partition 0 to get through');
    await until(() => router.othersHandled() === OTHER_PARTITIONS.length * EVENTS_PER_PARTITION, 'the others');

    const { timeline } = router;
    const firstFailure = timeline.indexOf('p0:failed');
    const success = timeline.indexOf('p0:processed');
    const others = timeline.flatMap((entry, index) => (entry.startsWith('p0:') ? [] : [index]));
    expect(firstFailure).toBeGreaterThanOrEqual(0);
    expect(others.every((index) => index > firstFailure && index < success)).toBe(true);
    expect(consumer.stats).toMatchObject({
      processed: 1 + OTHER_PARTITIONS.length * EVENTS_PER_PARTITION,
      deadLettered: 0,
    });
  });

  it('given a batch that takes long on one partition, then events sent later to another partition are applied meanwhile', async () => {
    const topic = `partition-slow-${randomBytes(4).toString('hex')}`;
    await ensureTopics(kafka, [topic, `${topic}-dlq`], 4);
    const router = new SlowPartitionRouter();
    await host(topic, router);
    await producer.send({ topic, messages: [{ partition: 0, value: JSON.stringify(revision('rpt_slow', 1)) }] });
    await until(() => router.timeline.includes('p0:started'), 'the slow batch to start');
    await producer.send({ topic, messages: [{ partition: 1, value: JSON.stringify(revision('rpt_fast', 1)) }] });
    await until(() => router.timeline.includes('p0:finished'), 'the slow batch to finish');
    expect(router.timeline).toEqual(['p0:started', 'p1:processed', 'p0:finished']);
  });
});

/** Partition 0's batch lasts until partition 1 has been handled, or 20 s at most (then the order shows the failure). */
class SlowPartitionRouter implements EventRouter {
  readonly timeline: string[] = [];

  async route(batch: readonly ConsumedEvent[]): Promise<void> {
    const { partition } = batch[0].position;
    if (partition !== 0) {
      this.timeline.push(`p${partition}:processed`);
      return;
    }
    this.timeline.push('p0:started');
    const deadline = Date.now() + 20_000;
    while (!this.timeline.includes('p1:processed') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    this.timeline.push('p0:finished');
  }
}
