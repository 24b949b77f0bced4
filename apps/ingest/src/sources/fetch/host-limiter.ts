/** Runs at most `perHost` tasks at a time against one host; the rest wait in arrival order. */
export class HostLimiter {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly perHost: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private acquire(host: string): Promise<void> {
    const running = this.running.get(host) ?? 0;
    if (running < this.perHost) {
      this.running.set(host, running + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.set(host, [...(this.waiting.get(host) ?? []), resolve]));
  }

  private release(host: string): void {
    const next = this.waiting.get(host)?.shift();
    if (next) return next();
    const running = (this.running.get(host) ?? 1) - 1;
    if (running === 0) this.running.delete(host);
    else this.running.set(host, running);
  }
}
