import type { INestMicroservice } from '@nestjs/common';
import { createEvent, REVISION_RECORDED } from '@palimpsest/contracts';
import { Partitioners } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { createKafkaClient } from './client';
import { DEAD_LETTER_HEADERS } from './dead-letter';
import { InvalidEventError } from './error-policy';
import type { ConsumedEvent } from './event-consumer';
import type { EventRouter } from './events-controller';
import { readTopicToEnd } from './read-topic';
import { hostEventRouter } from './testing/host-event-router';
import { ensureTopics } from './topics-admin';

function revision(number: number): string {
  const at = '2024-01-01T00:00:00.000Z';
  const event = createEvent(
    REVISION_RECORDED,
    { reportId: 'rpt_batch', occurredAt: at, effectiveAt: at, causationId: null, correlationId: 'c' },
    {
      url: 'https://example.com/batch',
      canonicalUrl: 'https://example.com/batch',
      revision: number,
      contentHash: `h${number}`,
      previousHash: null,
      publishedAt: null,
      document: { title: null, publishedAt: null, sections: [] },
      amendmentIds: [],
      captureSource: 'api',
    },
    [number],
  );
  return JSON.stringify(event);
}

/** Records each call's revisions; refuses any piece holding revision 13, as a handler refuses a poison event. */
class RecordingRouter implements EventRouter {
  readonly calls: number[][] = [];

  async route(batch: readonly ConsumedEvent[]): Promise<void> {
    const revisions = batch.map(({ event }) => (event.type === 'RevisionRecorded' ? event.payload.revision : 0));
    if (revisions.includes(13)) throw new InvalidEventError('revision 13 is refused');
    this.calls.push(revisions);
  }

  get applied(): number[] {
    return this.calls.flat();
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the batch transport on a real broker', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  const kafka = createKafkaClient({ brokers, clientId: 'batch-transport' });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const started: INestMicroservice[] = [];

  const freshTopic = async () => {
    const topic = `batch-transport-${randomBytes(4).toString('hex')}`;
    await ensureTopics(kafka, [topic, `${topic}-dlq`], 1);
    return { topic, deadLetterTopic: `${topic}-dlq`, groupId: `${topic}-group` };
  };

  const startHost = async ({ topic }: Awaited<ReturnType<typeof freshTopic>>) => {
    const router = new RecordingRouter();
    const hosted = await hostEventRouter({ brokers, producer, topic, router, partitionsConcurrency: 1 });
    started.push(hosted.app);
    return { ...hosted, router };
  };

  beforeAll(async () => {
    if (brokers.length === 0) throw new Error('KAFKA_BROKERS is not set: run through deploy/kafka/with-broker');
    await producer.connect();
  });
  afterAll(async () => {
    for (const app of started) await app.close().catch(() => undefined);
    await producer.disconnect();
  });

  it('given events waiting in a partition, then the router gets them together, in order, in one call', async () => {
    const names = await freshTopic();
    await producer.send({ topic: names.topic, messages: [1, 2, 3, 4, 5].map((n) => ({ value: revision(n) })) });
    const { router } = await startHost(names);
    await until(() => router.applied.length === 5, 'five revisions');
    expect(router.calls).toEqual([[1, 2, 3, 4, 5]]);
  });

  it('given undecodable bytes and a refused event among valid ones, then only the valid are applied and the two are dead-lettered', async () => {
    const names = await freshTopic();
    const values = [revision(1), '{not json', revision(13), revision(2)];
    await producer.send({ topic: names.topic, messages: values.map((value) => ({ value })) });
    const { router, consumer } = await startHost(names);
    await until(() => consumer.stats.processed + consumer.stats.deadLettered === 4, 'the whole batch');
    expect(router.applied).toEqual([1, 2]);
    const deadLetters = await readTopicToEnd(kafka, names.deadLetterTopic);
    expect(deadLetters.map(({ message }) => String(message.headers![DEAD_LETTER_HEADERS.sourceOffset]))).toEqual([
      '1',
      '2',
    ]);
  });

  it('given a batch applied, when a member of the same group restarts, then it resumes after that batch', async () => {
    const names = await freshTopic();
    await producer.send({ topic: names.topic, messages: [1, 2].map((n) => ({ value: revision(n) })) });
    const first = await startHost(names);
    await until(() => first.router.applied.length === 2, 'the first batch');
    await first.app.close();

    await producer.send({ topic: names.topic, messages: [{ value: revision(3) }] });
    const second = await startHost(names);
    await until(() => second.router.applied.length >= 1, 'the next revision');
    expect(second.router.applied).toEqual([3]);
  });
});
