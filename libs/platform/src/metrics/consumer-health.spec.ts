import { EventConsumer } from '@palimpsest/kafka';
import { Producer } from 'kafkajs';
import { ConsumerHealth, consumerStatus, LAG_READ_TIMEOUT_MS } from './consumer-health';

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
});
