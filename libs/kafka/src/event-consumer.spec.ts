import { Logger } from '@nestjs/common';
import { createEvent, REVISION_RECORDED } from '@palimpsest/contracts';
import type { EachBatchPayload, KafkaMessage, Message, Producer } from 'kafkajs';
import { DEAD_LETTER_HEADERS } from './dead-letter';
import { BudgetExceededError, InvalidEventError } from './error-policy';
import type { ConsumedEvent, EventBatchHandler } from './event-consumer';
import { EventConsumer } from './event-consumer';

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

function kafkaMessage(value: string, offset = '41'): KafkaMessage {
  return {
    key: Buffer.from('rpt_1'),
    value: Buffer.from(value),
    offset,
    timestamp: '0',
    attributes: 0,
    headers: {},
  };
}

/** The revision event with another revision number, so it has its own id. */
function revision(number: number): string {
  return JSON.stringify(
    createEvent(REVISION_RECORDED, event, { ...event.payload, revision: number }, ['h', String(number)]),
  );
}

/** What kafkajs hands eachBatch, reduced to what the consumer uses, recording resolved offsets. */
function batchOf(messages: KafkaMessage[], { staleAfter = Infinity, lag = '0', partition = 2 } = {}) {
  const resolved: string[] = [];
  const commits: string[] = [];
  const pauses: string[] = [];
  let checks = 0;
  const payload = {
    pause: () => {
      pauses.push('paused');
      return () => pauses.push('resumed');
    },
    batch: { topic: 'palimpsest.revisions.v1', partition, messages, offsetLag: () => lag },
    resolveOffset: (offset: string) => void resolved.push(offset),
    uncommittedOffsets: () => ({ topics: [] }),
    commitOffsetsIfNecessary: async (offsets?: unknown) => void commits.push(offsets ? 'now' : 'when-due'),
    heartbeat: async () => undefined,
    isRunning: () => true,
    isStale: () => checks++ >= staleAfter,
  } as unknown as EachBatchPayload;
  return { payload, resolved, pauses, commits };
}

const one = (value: string) => batchOf([kafkaMessage(value)]).payload;

function setUp(batchSize = 100, detachAfterMs = 60_000) {
  const sent: Message[] = [];
  const producer = {
    send: async ({ messages }: { messages: Message[] }) => void sent.push(...messages),
  } as unknown as Producer;
  const sut = new EventConsumer(producer, {
    consumer: 'palimpsest.projection',
    deadLetterTopic: 'palimpsest.dead-letter.v1',
    maxAttempts: 3,
    backoff: { initialMs: 1, maxMs: 2, jitter: 0 },
    batchSize,
    detachAfterMs,
  });
  return { sut, sent };
}

function failingTimes(times: number, error: () => Error): { handle: EventBatchHandler; calls: () => number } {
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
    await sut.consumeBatch(one('{nope'), async () => undefined);
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
    await sut.consumeBatch(one(JSON.stringify(event)), handler.handle);
    expect(handler.calls()).toBe(1);
    expect(sent[0].headers).toMatchObject({ [DEAD_LETTER_HEADERS.reason]: 'InvalidEventError' });
    expect(String(sent[0].headers![DEAD_LETTER_HEADERS.detail])).toMatch(/revision gap/);
  });

  it('given a programming error, then it is dead-lettered at once without retry', async () => {
    const { sut, sent } = setUp();
    const handler = failingTimes(99, () => new TypeError("Cannot read properties of undefined (reading 'x')"));
    await sut.consumeBatch(one(JSON.stringify(event)), handler.handle);
    expect(handler.calls()).toBe(1);
    expect(sent[0].headers).toMatchObject({ [DEAD_LETTER_HEADERS.reason]: 'TypeError' });
  });

  it('given a handler stopped for exceeding its time budget, then it is dead-lettered at once as budget-exceeded', async () => {
    const { sut, sent } = setUp();
    const handler = failingTimes(99, () => new BudgetExceededError('analysis ran over 5000 ms'));
    await sut.consumeBatch(one(JSON.stringify(event)), handler.handle);
    expect(handler.calls()).toBe(1);
    expect(sent[0].headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'budget-exceeded',
      [DEAD_LETTER_HEADERS.detail]: 'analysis ran over 5000 ms',
    });
  });

  it('given an infrastructure failure that clears, then it is retried and applied, with nothing dead-lettered', async () => {
    const { sut, sent } = setUp();
    const handler = failingTimes(2, () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    await sut.consumeBatch(one(JSON.stringify(event)), handler.handle);
    expect(handler.calls()).toBe(3);
    expect(sent).toHaveLength(0);
    expect(sut.stats.processed).toBe(1);
  });

  it('given an infrastructure failure that lasts, then it is dead-lettered after the last attempt', async () => {
    const { sut, sent } = setUp();
    const handler = failingTimes(99, () => new Error('Connection terminated unexpectedly'));
    await sut.consumeBatch(one(JSON.stringify(event)), handler.handle);
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
    await sut.consumeBatch(one(JSON.stringify(event)), handler.handle);
    expect(seen).toEqual([0, 0]);
    expect(sut.lastProgressAt).toBeGreaterThan(0);
  });

  it('given a dead-lettered event, then progress is marked (the partition moves on)', async () => {
    const { sut } = setUp();
    sut.lastProgressAt = 0;
    await sut.consumeBatch(one('{nope'), async () => undefined);
    expect(sut.lastProgressAt).toBeGreaterThan(0);
  });

  it('given a v1 event, then the handler receives it upcast to the current version', async () => {
    const { sut } = setUp();
    const { captureSource, ...payloadV1 } = event.payload;
    void captureSource;
    const received: unknown[] = [];
    await sut.consumeBatch(one(JSON.stringify({ ...event, schemaVersion: 1, payload: payloadV1 })), async (batch) => {
      received.push(...batch.map((consumed) => consumed.event));
    });
    expect(received).toEqual([
      { ...event, schemaVersion: 2, payload: { ...event.payload, captureSource: 'unrecorded' } },
    ]);
  });

  describe('given a batch', () => {
    const applyUnlessPoison =
      (applied: string[], poisonRevision: number): EventBatchHandler =>
      async (batch: readonly ConsumedEvent[]) => {
        const poison = batch.find(
          (consumed) =>
            consumed.event.type === 'RevisionRecorded' && consumed.event.payload.revision === poisonRevision,
        );
        if (poison) throw new InvalidEventError(`revision ${poisonRevision} is poison`);
        applied.push(...batch.map((consumed) => consumed.position.offset));
      };

    it('when it holds undecodable bytes, then they are dead-lettered and the rest reaches the handler in one call', async () => {
      const { sut, sent } = setUp();
      const { payload, resolved } = batchOf([
        kafkaMessage(revision(1), '10'),
        kafkaMessage('{nope', '11'),
        kafkaMessage(revision(2), '12'),
      ]);
      const calls: string[][] = [];
      await sut.consumeBatch(
        payload,
        async (batch) => void calls.push(batch.map((consumed) => consumed.position.offset)),
      );
      expect(calls).toEqual([['10', '12']]);
      expect(sent.map((message) => message.headers![DEAD_LETTER_HEADERS.sourceOffset])).toEqual(['11']);
      expect(resolved).toEqual(['12']);
      expect(sut.stats).toMatchObject({ processed: 2, deadLettered: 1 });
    });

    it('when the handler refuses one event, then the batch is applied one at a time: that one is dead-lettered, the others applied', async () => {
      const { sut, sent } = setUp();
      const { payload, resolved } = batchOf([
        kafkaMessage(revision(1), '20'),
        kafkaMessage(revision(2), '21'),
        kafkaMessage(revision(3), '22'),
      ]);
      const applied: string[] = [];
      await sut.consumeBatch(payload, applyUnlessPoison(applied, 2));
      expect(applied).toEqual(['20', '22']);
      expect(sent).toHaveLength(1);
      expect(sent[0].headers).toMatchObject({
        [DEAD_LETTER_HEADERS.sourceOffset]: '21',
        [DEAD_LETTER_HEADERS.reason]: 'InvalidEventError',
      });
      expect(resolved).toEqual(['22']);
      expect(sut.stats).toMatchObject({ processed: 2, deadLettered: 1 });
    });

    it('when batches of two partitions are handed over together, then one handler call applies both', async () => {
      const { sut } = setUp();
      const first = batchOf([kafkaMessage(revision(1), '80'), kafkaMessage(revision(2), '81')], { partition: 0 });
      const second = batchOf([kafkaMessage(revision(3), '90')], { partition: 1 });
      const calls: string[][] = [];
      const handle: EventBatchHandler = async (batch) =>
        void calls.push(batch.map((consumed) => `${consumed.position.partition}:${consumed.position.offset}`));
      await Promise.all([sut.consumeBatch(first.payload, handle), sut.consumeBatch(second.payload, handle)]);
      expect(calls).toEqual([['0:80', '0:81', '1:90']]);
      expect([first.resolved, second.resolved]).toEqual([['81'], ['90']]);
      expect(sut.stats.processed).toBe(3);
    });

    it('when batches of two partitions are applied together and both catch up, then one commit request covers both', async () => {
      const { sut } = setUp();
      const first = batchOf([kafkaMessage(revision(1), '120')], { partition: 0 });
      const second = batchOf([kafkaMessage(revision(2), '130')], { partition: 1 });
      await Promise.all([
        sut.consumeBatch(first.payload, async () => undefined),
        sut.consumeBatch(second.payload, async () => undefined),
      ]);
      expect([...first.commits, ...second.commits]).toEqual(['now']);
    });

    it('when batches of two partitions are handed over together and one holds a poison event, then the other partition is applied whole and only the poison is dead-lettered', async () => {
      const { sut, sent } = setUp();
      const poisoned = batchOf([kafkaMessage(revision(1), '100'), kafkaMessage(revision(2), '101')], { partition: 0 });
      const healthy = batchOf([kafkaMessage(revision(3), '110'), kafkaMessage(revision(4), '111')], { partition: 1 });
      const calls: number[] = [];
      const applied: string[] = [];
      const handle: EventBatchHandler = async (batch) => {
        calls.push(batch.length);
        await applyUnlessPoison(applied, 2)(batch);
      };
      await Promise.all([sut.consumeBatch(poisoned.payload, handle), sut.consumeBatch(healthy.payload, handle)]);
      // The joined call (4), each piece alone (2 and 2), then the poisoned piece one event at a time (1 and 1).
      expect(calls.sort()).toEqual([1, 1, 2, 2, 4]);
      expect(applied.sort()).toEqual(['100', '110', '111']);
      expect(sent.map((message) => message.headers![DEAD_LETTER_HEADERS.sourceOffset])).toEqual(['101']);
      expect([poisoned.resolved, healthy.resolved]).toEqual([['101'], ['111']]);
    });

    it('when it is larger than the batch size, then it is applied in pieces, each resolved before the next', async () => {
      const { sut } = setUp(2);
      const { payload, resolved } = batchOf(
        ['30', '31', '32', '33', '34'].map((offset, i) => kafkaMessage(revision(i + 1), offset)),
      );
      const calls: string[][] = [];
      await sut.consumeBatch(
        payload,
        async (batch) => void calls.push(batch.map((consumed) => consumed.position.offset)),
      );
      expect(calls).toEqual([['30', '31'], ['32', '33'], ['34']]);
      expect(resolved).toEqual(['31', '33', '34']);
    });

    it('when a rebalance makes it stale, then the rest is left unresolved for the new owner', async () => {
      const { sut } = setUp(1);
      const { payload, resolved } = batchOf(
        ['40', '41', '42'].map((offset, i) => kafkaMessage(revision(i + 1), offset)),
        { staleAfter: 1 },
      );
      const calls: string[][] = [];
      await sut.consumeBatch(
        payload,
        async (batch) => void calls.push(batch.map((consumed) => consumed.position.offset)),
      );
      expect(calls).toEqual([['40']]);
      expect(resolved).toEqual(['40']);
    });

    it('when it outlasts the detach time, then its partition is paused, the call returns, and it finishes on its own', async () => {
      const { sut } = setUp(100, 10);
      const { payload, resolved, pauses } = batchOf([kafkaMessage(revision(1), '50'), kafkaMessage(revision(2), '51')]);
      let open: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (open = resolve));
      await sut.consumeBatch(payload, () => gate);
      expect(pauses).toEqual(['paused']);
      expect(resolved).toEqual([]);
      open();
      await sut.close();
      expect(resolved).toEqual(['51']);
      expect(pauses).toEqual(['paused', 'resumed']);
      expect(sut.stats.processed).toBe(2);
    });

    it('when the consumer catches up with it, then offsets are committed at once; while behind, only when the interval is due', async () => {
      const { sut } = setUp(2);
      const messages = ['60', '61', '62'].map((offset, i) => kafkaMessage(revision(i + 1), offset));
      const caughtUp = batchOf(messages);
      await sut.consumeBatch(caughtUp.payload, async () => undefined);
      expect(caughtUp.commits).toEqual(['when-due', 'now']);
      const behind = batchOf(messages, { lag: '40' });
      await sut.consumeBatch(behind.payload, async () => undefined);
      expect(behind.commits).toEqual(['when-due', 'when-due']);
    });

    it('when committing offsets fails (the coordinator moved), then the call still returns and the rest is left to be read again', async () => {
      const { sut } = setUp(1);
      const { payload, resolved } = batchOf(['70', '71'].map((offset, i) => kafkaMessage(revision(i + 1), offset)));
      payload.commitOffsetsIfNecessary = async () => {
        throw Object.assign(new Error('The group coordinator is not available'), { retriable: true });
      };
      const applied: string[] = [];
      await expect(
        sut.consumeBatch(
          payload,
          async (batch) => void applied.push(...batch.map((consumed) => consumed.position.offset)),
        ),
      ).resolves.toBeUndefined();
      expect(applied).toEqual(['70']);
      expect(resolved).toEqual(['70']);
    });
  });
});
