import { KafkaContext } from '@nestjs/microservices';
import { Logger } from '@nestjs/common';
import { createEvent, REVISION_RECORDED } from '@palimpsest/contracts';
import { KafkaMessage, Message, Producer } from 'kafkajs';
import { DEAD_LETTER_HEADERS } from './dead-letter';
import { BudgetExceededError, InvalidEventError } from './error-policy';
import { EventConsumer, EventHandler } from './event-consumer';

const event = createEvent(
  REVISION_RECORDED,
  {
    reportId: 'rpt_1',
    occurredAt: '2024-01-01T00:00:00.000Z',
    effectiveAt: '2024-01-01T00:00:00.000Z',
    causationId: null,
    correlationId: 'c',
  },
  {
    url: 'https://example.com/a',
    canonicalUrl: 'https://example.com/a',
    revision: 1,
    contentHash: 'h',
    previousHash: null,
    publishedAt: null,
    document: { title: null, publishedAt: null, sections: [] },
    amendmentIds: [],
    captureSource: 'api',
  },
  ['h'],
);

function kafkaMessage(value: string): KafkaMessage {
  return {
    key: Buffer.from('rpt_1'),
    value: Buffer.from(value),
    offset: '41',
    timestamp: '0',
    attributes: 0,
    headers: {},
  };
}

const context = {
  getTopic: () => 'palimpsest.revisions.v1',
  getPartition: () => 2,
  getHeartbeat: () => async () => undefined,
} as unknown as KafkaContext;

function setUp() {
  const sent: Message[] = [];
  const producer = {
    send: async ({ messages }: { messages: Message[] }) => void sent.push(...messages),
  } as unknown as Producer;
  const sut = new EventConsumer(producer, {
    consumer: 'palimpsest.projection',
    deadLetterTopic: 'palimpsest.dead-letter.v1',
    maxAttempts: 3,
    backoff: { initialMs: 1, maxMs: 2, jitter: 0 },
  });
  return { sut, sent };
}

function failingTimes(times: number, error: () => Error): { handle: EventHandler; calls: () => number } {
  let calls = 0;
  return {
    handle: async () => {
      calls++;
      if (calls <= times) throw error();
    },
    calls: () => calls,
  };
}

describe(EventConsumer.name, () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('given bytes that are not an event, then they are dead-lettered untouched with cause and source position', async () => {
    const { sut, sent } = setUp();
    await sut.consume(kafkaMessage('{nope'), context, async () => undefined);
    expect(sent).toHaveLength(1);
    expect(sent[0].value!.toString()).toBe('{nope');
    expect(sent[0].headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'invalid-json',
      [DEAD_LETTER_HEADERS.sourceTopic]: 'palimpsest.revisions.v1',
      [DEAD_LETTER_HEADERS.sourcePartition]: '2',
      [DEAD_LETTER_HEADERS.sourceOffset]: '41',
      [DEAD_LETTER_HEADERS.consumer]: 'palimpsest.projection',
    });
    expect(sut.stats).toMatchObject({ processed: 0, deadLettered: 1 });
  });

  it('given a handler rejecting the event as invalid, then it is dead-lettered at once without retry', async () => {
    const { sut, sent } = setUp();
    const handler = failingTimes(99, () => new InvalidEventError('revision gap: expected 2, got 4'));
    await sut.consume(kafkaMessage(JSON.stringify(event)), context, handler.handle);
    expect(handler.calls()).toBe(1);
    expect(sent[0].headers).toMatchObject({ [DEAD_LETTER_HEADERS.reason]: 'InvalidEventError' });
    expect(String(sent[0].headers![DEAD_LETTER_HEADERS.detail])).toMatch(/revision gap/);
  });

  it('given a programming error, then it is dead-lettered at once without retry', async () => {
    const { sut, sent } = setUp();
    const handler = failingTimes(99, () => new TypeError("Cannot read properties of undefined (reading 'x')"));
    await sut.consume(kafkaMessage(JSON.stringify(event)), context, handler.handle);
    expect(handler.calls()).toBe(1);
    expect(sent[0].headers).toMatchObject({ [DEAD_LETTER_HEADERS.reason]: 'TypeError' });
  });

  it('given a handler stopped for exceeding its time budget, then it is dead-lettered at once as budget-exceeded', async () => {
    const { sut, sent } = setUp();
    const handler = failingTimes(99, () => new BudgetExceededError('analysis ran over 5000 ms'));
    await sut.consume(kafkaMessage(JSON.stringify(event)), context, handler.handle);
    expect(handler.calls()).toBe(1);
    expect(sent[0].headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'budget-exceeded',
      [DEAD_LETTER_HEADERS.detail]: 'analysis ran over 5000 ms',
    });
  });

  it('given an infrastructure failure that clears, then it is retried and applied, with nothing dead-lettered', async () => {
    const { sut, sent } = setUp();
    const handler = failingTimes(2, () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    await sut.consume(kafkaMessage(JSON.stringify(event)), context, handler.handle);
    expect(handler.calls()).toBe(3);
    expect(sent).toHaveLength(0);
    expect(sut.stats.processed).toBe(1);
  });

  it('given an infrastructure failure that lasts, then it is dead-lettered after the last attempt', async () => {
    const { sut, sent } = setUp();
    const handler = failingTimes(99, () => new Error('Connection terminated unexpectedly'));
    await sut.consume(kafkaMessage(JSON.stringify(event)), context, handler.handle);
    expect(handler.calls()).toBe(3);
    expect(sent).toHaveLength(1);
  });

  it('given retries, then progress is marked only when the event is applied', async () => {
    const { sut } = setUp();
    sut.lastProgressAt = 0;
    const seen: number[] = [];
    const handler = failingTimes(2, () => {
      seen.push(sut.lastProgressAt);
      return new Error('Connection terminated unexpectedly');
    });
    await sut.consume(kafkaMessage(JSON.stringify(event)), context, handler.handle);
    expect(seen).toEqual([0, 0]);
    expect(sut.lastProgressAt).toBeGreaterThan(0);
  });

  it('given a dead-lettered event, then progress is marked (the partition moves on)', async () => {
    const { sut } = setUp();
    sut.lastProgressAt = 0;
    await sut.consume(kafkaMessage('{nope'), context, async () => undefined);
    expect(sut.lastProgressAt).toBeGreaterThan(0);
  });

  it('given a v1 event, then the handler receives it upcast to the current version', async () => {
    const { sut } = setUp();
    const { captureSource, ...payloadV1 } = event.payload;
    void captureSource;
    const received: unknown[] = [];
    await sut.consume(
      kafkaMessage(JSON.stringify({ ...event, schemaVersion: 1, payload: payloadV1 })),
      context,
      async (e) => {
        received.push(e);
      },
    );
    expect(received).toEqual([
      { ...event, schemaVersion: 2, payload: { ...event.payload, captureSource: 'unrecorded' } },
    ]);
  });
});
