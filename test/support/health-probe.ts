/** One /health request that got no answer in time, or failed outright. */
export interface MissedProbe {
  app: string;
  /** What the test was doing when the probe was sent, e.g. the family being processed. */
  during: string;
  atMs: number;
  error: string;
}

export interface ProbeSummary {
  probes: number;
  /** Slowest answer that did arrive, in ms; a missed probe counts as the timeout. */
  worstMs: number;
  missed: MissedProbe[];
}

/**
 * Asks each app's /health every `intervalMs` while work runs, each request
 * abandoned at `timeoutMs`, so a wedged event loop shows as missed probes.
 * The apps must run in other processes: a probe from the process doing the
 * work would wait for the same loop it is meant to watch.
 */
export class HealthProbe {
  private readonly summaries = new Map<string, ProbeSummary>();
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly startedAt = Date.now();
  /** Set by the test as it moves from one step to the next; stamped on each missed probe. */
  during = 'start';

  constructor(
    private readonly urls: Record<string, string>,
    private readonly timeoutMs: number,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.running = true;
    this.loops = Object.entries(this.urls).map(([app, url]) => this.probeLoop(app, url));
  }

  async stop(): Promise<Record<string, ProbeSummary>> {
    this.running = false;
    await Promise.all(this.loops);
    return Object.fromEntries(this.summaries);
  }

  private async probeLoop(app: string, url: string): Promise<void> {
    const summary: ProbeSummary = { probes: 0, worstMs: 0, missed: [] };
    this.summaries.set(app, summary);
    while (this.running) {
      const sent = Date.now();
      const during = this.during;
      try {
        const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(this.timeoutMs) });
        await response.arrayBuffer();
        summary.worstMs = Math.max(summary.worstMs, Date.now() - sent);
      } catch (error) {
        summary.worstMs = Math.max(summary.worstMs, Date.now() - sent);
        summary.missed.push({ app, during, atMs: sent - this.startedAt, error: (error as Error).message });
      }
      summary.probes += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, this.intervalMs - (Date.now() - sent))));
    }
  }
}
