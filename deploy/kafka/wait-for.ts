export interface WaitOptions {
  readonly timeoutMs: number;
  /** Pause between two checks. */
  readonly intervalMs?: number;
  /** Completes "Timed out after N ms waiting for ..." */
  readonly description: string;
}

/**
 * Polls `condition` until it returns true, or throws once `timeoutMs` has passed.
 * A condition that throws counts as "not yet"; the last error is quoted in the timeout message.
 */
export async function waitFor(condition: () => boolean | Promise<boolean>, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await condition()) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${options.timeoutMs} ms waiting for ${options.description}${cause}`);
    }
    await pause(Math.min(options.intervalMs ?? 200, Math.max(0, deadline - Date.now())));
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
