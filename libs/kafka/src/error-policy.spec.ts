import { backoffDelay, classifyError, InvalidEventError } from './error-policy';

describe(classifyError.name, () => {
  it('given a handler rejecting the event, then it is dead-lettered', () => {
    expect(classifyError(new InvalidEventError('revision gap'))).toBe('dead-letter');
  });

  it.each([new TypeError('x is undefined'), new RangeError('bad length'), new ReferenceError('y')])(
    'given a programming error (%s), then it is dead-lettered without retry',
    (error) => expect(classifyError(error)).toBe('dead-letter'),
  );

  it('given an infrastructure failure, then it is retried', () => {
    const connectionRefused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(classifyError(connectionRefused)).toBe('retry');
  });
});

describe(backoffDelay.name, () => {
  const options = { initialMs: 100, maxMs: 1_000, jitter: 0.5 };

  it('given successive attempts, then the delay doubles up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, options, 1));
    expect(delays).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('given the lowest random draw, then jitter removes at most its share', () => {
    expect(backoffDelay(3, options, 0)).toBe(200);
  });
});
