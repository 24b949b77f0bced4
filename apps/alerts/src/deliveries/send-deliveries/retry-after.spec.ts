import { parseRetryAfter } from './retry-after';

describe(parseRetryAfter.name, () => {
  const now = Date.parse('2024-11-28T10:00:00Z');

  it('given whole seconds, then it waits that many seconds', () => {
    expect(parseRetryAfter('1', now)).toBe(1_000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
  });

  it('given an HTTP date, then it waits until that date, and not at all for a date past', () => {
    expect(parseRetryAfter('Thu, 28 Nov 2024 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 28 Nov 2024 09:00:00 GMT', now)).toBe(0);
  });

  it('given no header, an empty one or one it cannot read, then there is no wait to honour', () => {
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });

  it('given the header repeated, then the first value counts', () => {
    expect(parseRetryAfter(['2', '9'], now)).toBe(2_000);
  });
});
