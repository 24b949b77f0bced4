import { EventConsumer } from '@palimpsest/kafka';
import type { Producer } from 'kafkajs';
import { ConsumerHealth, consumerStatus, LAG_MAX_AGE_MS, LAG_READ_TIMEOUT_MS } from './consumer-health';

describe(consumerStatus.name, () => {
  const running = { crash: null, lag: 0, idleMs: 0, stallMs: 60_000 };

  it('given no lag, then it is ok however long the consumer has been idle', () => {
    expect(consumerStatus({ ...running, idleMs: 10 * 60_000 })).toEqual({ status: 'ok', reason: null });
  });

  it('given lag and recent progress, then it is ok (catching up)', () => {
    expect(consumerStatus({ ...running, lag: 164_047, idleMs: 59_999 }).status).toBe('ok');
  });

  it('given lag and no progress for the stall time, then it is degraded, saying why', () => {
    expect(consumerStatus({ ...running, lag: 164_047, idleMs: 97_000 })).toEqual({
      status: 'degraded',
      reason: '164047 messages waiting and no progress for 97000 ms',
    });
  });

  it('given a lag the broker could not report, then it is degraded', () => {
    expect(consumerStatus({ ...running, lag: null }).status).toBe('degraded');
  });

  it('given a consumer kafkajs gave up on, then it is down, whatever the lag', () => {
    expect(consumerStatus({ ...running, crash: 'TypeError: x is undefined' })).toEqual({
      status: 'down',
      reason: 'consumer crashed: TypeError: x is undefined',
    });
  });
});

describe(ConsumerHealth.name, () => {
  const consumer = () =>
    new EventConsumer({} as Producer, {
      consumer: 'g',
      deadLetterTopic: 'dlq',
      maxAttempts: 1,
      backoff: { initialMs: 1, maxMs: 1, jitter: 0 },
      batchSize: 10,
    });

  it('given lag and the last progress longer ago than the stall time, then the report is degraded with its numbers', async () => {
    const adapter = consumer();
    adapter.lastProgressAt = 1_000;
    const report = await new ConsumerHealth(adapter, async () => 7, 5_000).check(6_000);
    expect(report).toEqual({
      status: 'degraded',
      reason: '7 messages waiting and no progress for 5000 ms',
      lag: 7,
      lastProgressAt: new Date(1_000).toISOString(),
      processed: 0,
      deadLettered: 0,
      lastEventAt: null,
    });
  });

  it('given the broker failing to answer, then lag is null and the report degraded', async () => {
    const report = await new ConsumerHealth(consumer(), () => Promise.reject(new Error('down')), 5_000).check();
    expect(report).toMatchObject({ status: 'degraded', lag: null });
  });

  it('given a broker that does not answer, then the check gives up on the lag after its timeout', async () => {
    jest.useFakeTimers();
    try {
      const pending = new ConsumerHealth(consumer(), () => new Promise<number>(() => undefined), 5_000).check();
      await jest.advanceTimersByTimeAsync(LAG_READ_TIMEOUT_MS);
      expect(await pending).toMatchObject({ status: 'degraded', lag: null });
    } finally {
      jest.useRealTimers();
    }
  });

  it('given a recent reading, when probed again, then the broker is not asked and the reading answers', async () => {
    let reads = 0;
    const health = new ConsumerHealth(consumer(), async () => ++reads, 5_000);
    const now = Date.now();
    await health.check(now);
    const again = await health.check(now + LAG_MAX_AGE_MS - 1);
    expect(reads).toBe(1);
    expect(again.lag).toBe(1);
  });

  it('given a stale reading and a slow broker, when probed, then the last reading answers while a new one is read', async () => {
    let release: (lag: number) => void = () => undefined;
    let reads = 0;
    const health = new ConsumerHealth(
      consumer(),
      () => (++reads === 1 ? Promise.resolve(3) : new Promise<number>((resolve) => (release = resolve))),
      5_000,
    );
    const now = Date.now();
    await health.check(now);
    const stale = await health.check(now + LAG_MAX_AGE_MS + 1);
    expect(stale.lag).toBe(3);
    release(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await health.check()).lag).toBe(0);
    expect(reads).toBe(2);
  });
});
