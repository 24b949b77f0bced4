import { ServiceUnavailableException } from '@nestjs/common';
import type { EventConsumer } from '@palimpsest/kafka';

export type HealthStatus = 'ok' | 'degraded' | 'down';

export interface ConsumerCondition {
  /** Why kafkajs stopped the consumer for good, or null while it runs. */
  crash: string | null;
  /** Messages the group has yet to consume on the topics it reads; null when the broker could not say. */
  lag: number | null;
  /** Ms since this instance last moved a message on (applied or dead-lettered). */
  idleMs: number;
  stallMs: number;
}

/**
 * Down when the consumer has crashed for good (only a restart helps); degraded when work is waiting
 * and nothing has moved for `stallMs` (an event retried for a long time, a stuck handler), or when
 * the lag cannot be read; ok otherwise. A consumer with no lag is ok however long it has been idle.
 */
export function consumerStatus({ crash, lag, idleMs, stallMs }: ConsumerCondition): {
  status: HealthStatus;
  reason: string | null;
} {
  if (crash !== null) return { status: 'down', reason: `consumer crashed: ${crash}` };
  if (lag === null) return { status: 'degraded', reason: 'consumer lag could not be read' };
  if (lag > 0 && idleMs >= stallMs) {
    return { status: 'degraded', reason: `${lag} messages waiting and no progress for ${idleMs} ms` };
  }
  return { status: 'ok', reason: null };
}

export interface ConsumerHealthReport {
  status: HealthStatus;
  reason: string | null;
  lag: number | null;
  lastProgressAt: string;
  processed: number;
  deadLettered: number;
  lastEventAt: string | null;
}

/**
 * How long /health waits for the broker to report lag. kafkajs retries an unreachable broker for
 * many seconds; a probe must answer sooner, so the lag then counts as unknown.
 */
export const LAG_READ_TIMEOUT_MS = 2_000;

/** A lag reading younger than this is reused: probes come every few hundred ms, the broker need not. */
export const LAG_MAX_AGE_MS = 2_000;

/**
 * Reads a consumer's condition: its group's lag from the broker, its progress and crash from the
 * adapter. The lag is read in the background once a reading is older than LAG_MAX_AGE_MS and the
 * last reading answers meanwhile, so a probe waits for the broker only before the first reading:
 * /health stays quick while the broker is slow under load.
 */
export class ConsumerHealth {
  private reading: { lag: number | null; at: number } | null = null;
  private refreshing: Promise<number | null> | null = null;

  constructor(
    private readonly consumer: EventConsumer,
    private readonly readLag: () => Promise<number>,
    private readonly stallMs: number,
  ) {}

  async check(now = Date.now()): Promise<ConsumerHealthReport> {
    const lag = await this.currentLag(now);
    const { crash, lastProgressAt, stats } = this.consumer;
    const verdict = consumerStatus({ crash, lag, idleMs: now - lastProgressAt, stallMs: this.stallMs });
    return { ...verdict, lag, lastProgressAt: new Date(lastProgressAt).toISOString(), ...stats };
  }

  private currentLag(now: number): Promise<number | null> | number | null {
    if (this.reading && now - this.reading.at < LAG_MAX_AGE_MS) return this.reading.lag;
    this.refreshing ??= this.boundedLag().then((lag) => {
      this.reading = { lag, at: Date.now() };
      this.refreshing = null;
      return lag;
    });
    return this.reading ? this.reading.lag : this.refreshing;
  }

  private async boundedLag(): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), LAG_READ_TIMEOUT_MS)));
    try {
      return await Promise.race([this.readLag().catch(() => null), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}

const registered = new WeakMap<EventConsumer, ConsumerHealth>();

/** Set up once per consumer by exposeMetrics, which knows the consumer's group and topics. */
export function registerConsumerHealth(consumer: EventConsumer, health: ConsumerHealth): void {
  registered.set(consumer, health);
}

/**
 * The body of a consuming app's GET /health. Degraded is still HTTP 200: a liveness probe must
 * not kill a consumer that is merely behind or retrying (a restart would not help and would
 * lose its backoff), while an alert or a readiness check can act on the status field. A crashed
 * consumer is HTTP 503, since only a restart brings it back and orchestrators act on non-2xx.
 */
export async function consumingAppHealth(app: string, consumer: EventConsumer, details: Record<string, unknown>) {
  const health = registered.get(consumer);
  if (!health) throw new Error(`no health registered for the ${app} consumer: call exposeMetrics with it`);
  const report = await health.check();
  const body = { status: report.status, app, database: 'up', ...details, consumer: report };
  if (report.status === 'down') throw new ServiceUnavailableException(body);
  return body;
}
