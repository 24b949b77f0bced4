/**
 * Polls until `probe` returns a value that `done` accepts, or fails after `timeoutMs` with the last
 * value (or error) seen. A probe that throws counts as "not yet": a server under load may reset a
 * kept-alive connection now and then, and one such blip must not fail the test.
 */
export async function waitFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: string | undefined;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (done(value)) return value;
      last = JSON.stringify(value)?.slice(0, 500);
    } catch (error) {
      last = `error: ${(error as Error).message}`;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${last}`);
}
