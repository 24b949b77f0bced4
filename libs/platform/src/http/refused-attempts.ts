const WINDOW_MS = 60_000;
/** Beyond this many addresses in one minute, new ones share a bucket, so memory stays bounded. */
const MAX_TRACKED_ADDRESSES = 10_000;
const OVERFLOW = 'overflow';

/**
 * Counts writes refused for a missing or wrong token, per client address and
 * minute. Apart from the per-token write limit, so guessing from one address
 * is slowed without ever taking from a token holder's allowance.
 */
export class RefusedAttempts {
  private windowStart = -Infinity;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one refused attempt from `address`; true when that is more than the minute allows. */
  recordAndCheck(address: string): boolean {
    const now = this.now();
    if (now - this.windowStart >= WINDOW_MS) {
      this.windowStart = now;
      this.counts.clear();
    }
    const key = this.counts.has(address) || this.counts.size < MAX_TRACKED_ADDRESSES ? address : OVERFLOW;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > this.perMinute;
  }
}
