export interface WaitOptions {
  /** Default 30 s. */
  readonly timeoutMs?: number;
  /** Pause between two checks; default 100 ms. */
  readonly intervalMs?: number;
  /** Completes "timed out after N ms waiting for ...". */
  readonly what?: string;
}

/**
 * The one poll loop of deploy, test and bench: calls `probe` until `done` accepts what it returns,
 * and returns that; after `timeoutMs` it throws with what it waited for and the last value (or
 * error) seen. A probe that throws counts as "not yet": a broker starting, or a server under load
 * resetting a kept-alive connection, must not end the wait.
 */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 30_000, intervalMs = 100, what = 'condition' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: string | undefined;
  for (;;) {
    try {
      const value = await probe();
      if (done(value)) return value;
      last = JSON.stringify(value)?.slice(0, 500);
    } catch (error) {
      last = `error: ${(error as Error).message}`;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, Math.max(0, deadline - Date.now()))));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${last}`);
}

/** waitFor a yes-or-no condition. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, options: WaitOptions): Promise<void> {
  await waitFor(condition, (met) => met, options);
}
