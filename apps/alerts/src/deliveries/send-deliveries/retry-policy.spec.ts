import type { AttemptOutcome, RetryPolicy } from './retry-policy';
import { nextStep } from './retry-policy';

describe(nextStep.name, () => {
  const policy: RetryPolicy = { maxAttempts: 4, backoff: { initialMs: 100, maxMs: 1_000, jitter: 0.5 } };
  const response = (status: number): AttemptOutcome => ({ kind: 'response', status });

  it('given a 2xx, then the delivery is delivered', () => {
    expect(nextStep(response(204), 1, policy, 0)).toEqual({ status: 'delivered' });
  });

  it.each([503, 500, 408, 429])('given HTTP %i before the limit, then it is retried', (status) => {
    expect(nextStep(response(status), 1, policy, 0.5)).toMatchObject({ status: 'pending' });
  });

  it('given network errors and timeouts, then they are retried', () => {
    expect(nextStep({ kind: 'network-error', error: 'ECONNREFUSED' }, 2, policy, 0)).toMatchObject({
      status: 'pending',
    });
    expect(nextStep({ kind: 'timeout' }, 2, policy, 0)).toMatchObject({ status: 'pending' });
  });

  it.each([400, 401, 404, 410, 301])('given HTTP %i, then it is dead-lettered at once, not retried', (status) => {
    expect(nextStep(response(status), 1, policy, 0)).toEqual({
      status: 'dead-lettered',
      reason: `HTTP ${status}, not retried`,
    });
  });

  it('given a refused address at connect time, then it is dead-lettered, not retried', () => {
    expect(nextStep({ kind: 'refused-address', error: 'private' }, 1, policy, 0)).toMatchObject({
      status: 'dead-lettered',
    });
  });

  it('given the last allowed attempt fails, then it is dead-lettered with the count', () => {
    expect(nextStep(response(503), 4, policy, 0)).toEqual({
      status: 'dead-lettered',
      reason: 'HTTP 503 after 4 attempts',
    });
  });

  it('given successive failures, then the delay doubles, capped, with at most half drawn at random', () => {
    const delay = (attempt: number, random: number) => {
      const step = nextStep(response(503), attempt, { ...policy, maxAttempts: 10 }, random);
      return step.status === 'pending' ? step.retryInMs : -1;
    };
    expect([1, 2, 3].map((attempt) => delay(attempt, 1))).toEqual([100, 200, 400]);
    expect([1, 2, 3].map((attempt) => delay(attempt, 0))).toEqual([50, 100, 200]);
    expect(delay(9, 1)).toBe(1_000);
  });

  it('given a 429 or 503 with Retry-After, then the retry waits what it asks, at most the backoff cap', () => {
    const asked = (status: number, retryAfterMs: number) =>
      nextStep({ kind: 'response', status, retryAfterMs }, 1, policy, 0);
    expect(asked(429, 700)).toEqual({ status: 'pending', retryInMs: 700 });
    expect(asked(503, 0)).toEqual({ status: 'pending', retryInMs: 0 });
    expect(asked(429, 60_000)).toEqual({ status: 'pending', retryInMs: 1_000 });
  });

  it('given Retry-After on another retried status, then the backoff applies', () => {
    expect(nextStep({ kind: 'response', status: 500, retryAfterMs: 700 }, 1, policy, 1)).toEqual({
      status: 'pending',
      retryInMs: 100,
    });
  });
});
