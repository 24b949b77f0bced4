import { waitFor, waitUntil } from './wait-for';

describe(waitFor.name, () => {
  it('given a probe whose value is accepted on the third check, then it resolves with that value', async () => {
    let checks = 0;

    const value = await waitFor(
      () => ++checks,
      (count) => count === 3,
      { timeoutMs: 1_000, intervalMs: 1, what: 'three checks' },
    );

    expect(value).toBe(3);
  });

  it('given a probe that keeps failing, then it rejects naming what it waited for and the last error', async () => {
    const failing = () => {
      throw new Error('connection refused');
    };

    await expect(waitUntil(failing, { timeoutMs: 20, intervalMs: 5, what: 'the broker' })).rejects.toThrow(
      'timed out after 20 ms waiting for the broker; last seen: error: connection refused',
    );
  });

  it('given values that are never accepted, then it rejects quoting the last one', async () => {
    await expect(
      waitFor(
        () => ({ lag: 4 }),
        ({ lag }) => lag === 0,
        { timeoutMs: 20, intervalMs: 5, what: 'no lag' },
      ),
    ).rejects.toThrow('timed out after 20 ms waiting for no lag; last seen: {"lag":4}');
  });
});
