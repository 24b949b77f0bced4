import type { MemoryFacts } from './memory-row';

const SAMPLE_EVERY_MS = 100;

/**
 * The highest RSS of this process since `start`: sampled on a timer (which
 * only fires when the benchmark yields) and on demand, and checked against the
 * kernel's maxRSS, which catches peaks inside synchronous loops.
 */
export class RssPeak {
  private readonly startRss = process.memoryUsage.rss();
  private peakRss = this.startRss;
  private readonly timer = setInterval(() => this.sample(), SAMPLE_EVERY_MS).unref();

  sample(): void {
    this.peakRss = Math.max(this.peakRss, process.memoryUsage.rss());
  }

  stop(): MemoryFacts {
    clearInterval(this.timer);
    this.sample();
    // getrusage reports maxRSS in kilobytes on Linux.
    const kernelPeak = process.resourceUsage().maxRSS * 1024;
    return { startRss: this.startRss, peakRss: Math.max(this.peakRss, kernelPeak) };
  }
}
