import { RefusedAttempts } from './refused-attempts';

describe(RefusedAttempts.name, () => {
  it('given more refused attempts from one address than a minute allows, then the ones beyond are over', () => {
    const attempts = new RefusedAttempts(3, () => 0);
    const over = Array.from({ length: 5 }, () => attempts.recordAndCheck('10.0.0.1'));
    expect(over).toEqual([false, false, false, true, true]);
  });

  it('given another address, then it has its own count', () => {
    const attempts = new RefusedAttempts(1, () => 0);
    attempts.recordAndCheck('10.0.0.1');
    expect(attempts.recordAndCheck('10.0.0.1')).toBe(true);
    expect(attempts.recordAndCheck('10.0.0.2')).toBe(false);
  });

  it('given a new minute, then the counts start again', () => {
    let now = 0;
    const attempts = new RefusedAttempts(1, () => now);
    attempts.recordAndCheck('10.0.0.1');
    expect(attempts.recordAndCheck('10.0.0.1')).toBe(true);
    now = 60_000;
    expect(attempts.recordAndCheck('10.0.0.1')).toBe(false);
  });
});
