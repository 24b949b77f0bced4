import { nextPollDelay } from './next-poll';

const timing = { intervalMs: 1_000, jitter: 0.1, maxBackoffMs: 5_000 };

describe(nextPollDelay.name, () => {
  it('given a success and the middle of the jitter range, then the delay is the interval', () => {
    expect(nextPollDelay(timing, 0, 0.5)).toBe(1_000);
  });

  it('given the ends of the jitter range, then the delay moves by the jitter share either way', () => {
    expect(nextPollDelay(timing, 0, 0)).toBe(900);
    expect(nextPollDelay(timing, 0, 0.999999)).toBe(1_100);
  });

  it('given consecutive failures, then the delay doubles each time up to the cap', () => {
    expect([1, 2, 3, 10].map((failures) => nextPollDelay(timing, failures, 0.5))).toEqual([2_000, 4_000, 5_000, 5_000]);
  });

  it('given a cap below the interval, then a failing URL still waits its interval', () => {
    expect(nextPollDelay({ ...timing, maxBackoffMs: 10 }, 3, 0.5)).toBe(1_000);
  });
});
