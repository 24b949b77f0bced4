import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds buckets for handling one event: a projection transaction is milliseconds, a retried one seconds. */
const PROCESSING_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type ConsumeOutcome = 'processed' | 'failed' | 'dead-lettered';

/**
 * One app's Prometheus registry. Each app owns its own (several apps share one
 * process in end-to-end tests, and prom-client's global registry would mix them).
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly events: Counter<'consumer' | 'type' | 'outcome'>;
  private readonly latency: Histogram<'consumer' | 'type'>;
  private readonly lastProcessed = new Map<string, number>();

  constructor(readonly app: string) {
    this.registry.setDefaultLabels({ app });
    this.events = this.counter('palimpsest_events_processed_total', 'Events handled by a consumer, by outcome', [
      'consumer',
      'type',
      'outcome',
    ]);
    this.latency = new Histogram({
      name: 'palimpsest_event_processing_seconds',
      help: 'Time to handle one event (one attempt), including its transaction',
      labelNames: ['consumer', 'type'],
      buckets: PROCESSING_BUCKETS,
      registers: [this.registry],
    });
  }

  counter<L extends string>(name: string, help: string, labelNames: L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  histogram<L extends string>(name: string, help: string, labelNames: L[], buckets = PROCESSING_BUCKETS) {
    return new Histogram<L>({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  /** A gauge read when scraped, e.g. consumer lag or dead letters counted by the adapter. */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: L[],
    collect: (gauge: Gauge<L>) => Promise<void> | void,
  ) {
    return new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }

  /** Records one handled event; `now` is the wall clock in ms (passed in so tests can fix it). */
  recordEvent(consumer: string, type: string, outcome: ConsumeOutcome, seconds: number, now: number): void {
    this.events.inc({ consumer, type, outcome });
    this.latency.observe({ consumer, type }, seconds);
    if (outcome === 'processed') this.lastProcessed.set(consumer, now);
  }

  /** Wall-clock ms when `consumer` last processed an event, or null. */
  lastProcessedAt(consumer: string): number | null {
    return this.lastProcessed.get(consumer) ?? null;
  }

  async render(): Promise<string> {
    return this.registry.metrics();
  }
}
