export interface PollTiming {
  intervalMs: number;
  jitter: number;
  maxBackoffMs: number;
}

/**
 * Milliseconds until a URL is polled again: its interval after a success, and
 * after failures the interval doubled per consecutive failure, capped at
 * maxBackoffMs (never below the interval). `random` in [0, 1) spreads it by
 * up to ±jitter so sources do not poll in step.
 */
export function nextPollDelay(timing: PollTiming, consecutiveFailures: number, random: number): number {
  const backoff = timing.intervalMs * 2 ** Math.min(consecutiveFailures, 30);
  const base =
    consecutiveFailures === 0 ? timing.intervalMs : Math.max(timing.intervalMs, Math.min(backoff, timing.maxBackoffMs));
  return Math.round(base * (1 + timing.jitter * (2 * random - 1)));
}
