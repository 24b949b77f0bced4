import { waitFor } from './wait-for';

describe(waitFor.name, () => {
  it('given a condition that becomes true on the third check, then it resolves after three checks', async () => {
    let checks = 0;

    await waitFor(() => ++checks === 3, { timeoutMs: 1_000, intervalMs: 1, description: 'three checks' });

    expect(checks).toBe(3);
  });

  it('given a condition that keeps failing, then it rejects naming what it waited for and the last error', async () => {
    const failing = () => {
      throw new Error('connection refused');
    };

    await expect(waitFor(failing, { timeoutMs: 20, intervalMs: 5, description: 'the broker' })).rejects.toThrow(
      'Timed out after 20 ms waiting for the broker (last error: connection refused)',
    );
  });
});
