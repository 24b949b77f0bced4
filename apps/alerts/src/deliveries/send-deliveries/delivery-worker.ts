import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AlertsResources } from '../../alerts-resources';
import { DeliveriesRepository, DueDelivery } from '../deliveries.repository';
import { attemptDelivery, AttemptOptions } from './attempt-delivery';

export interface DeliveryAttemptSeen {
  outcome: string;
  statusCode: number | null;
  latencyMs: number;
}

// Each in-flight POST holds a pooled connection (its transaction); the consumer needs some too.
const PARALLEL_SUBSCRIPTIONS = 4;

/**
 * Drains the deliveries outbox: for each active subscription, its oldest
 * pending delivery when due, one at a time, so a subscription's alerts keep
 * event order. Each attempt runs in a transaction that holds the
 * subscription's lock; a crash mid-POST leaves the delivery pending, and it is
 * sent again with the same delivery id.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private nudged = false;
  private stopping = false;
  private readonly options: AttemptOptions;
  private readonly attemptListeners: Array<(attempt: DeliveryAttemptSeen) => void> = [];

  constructor(
    private readonly resources: AlertsResources,
    private readonly deliveries: DeliveriesRepository,
  ) {
    const { webhook } = resources.config;
    this.options = {
      policy: {
        maxAttempts: webhook.maxAttempts,
        backoff: { initialMs: webhook.backoffBaseMs, maxMs: webhook.backoffMaxMs, jitter: 0.5 },
      },
      timeoutMs: webhook.timeoutMs,
      allowlist: webhook.allowlist,
      signal: this.abort.signal,
    };
  }

  /** Metrics subscribe here; a listener sees ids-free facts only (outcome, status, latency). */
  onAttempt(listener: (attempt: DeliveryAttemptSeen) => void): void {
    this.attemptListeners.push(listener);
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** New deliveries were queued: look now rather than at the next poll. */
  nudge(): void {
    if (this.running) this.nudged = true;
    else this.schedule(0);
  }

  /**
   * Starts no new round and lets the POSTs in flight finish and be recorded: aborting one the
   * receiver already has would leave it pending, and another instance would send it again. Each
   * POST is bounded by the webhook timeout; past that (plus a second) what is left is aborted.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    const running = this.running;
    if (!running) return;
    let drainTimer: NodeJS.Timeout | undefined;
    const drainBound = new Promise<void>((resolve) => {
      drainTimer = setTimeout(resolve, this.resources.config.webhook.timeoutMs + 1_000);
    });
    await Promise.race([running, drainBound]);
    clearTimeout(drainTimer);
    this.abort.abort();
    await running;
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = null;
        this.schedule(this.nudged ? 0 : this.resources.config.webhook.pollMs);
        this.nudged = false;
      });
    }, delayMs);
  }

  private async tick(): Promise<void> {
    try {
      const manager = this.resources.dataSource.manager;
      const due = await this.deliveries.subscriptionsWithDueHead(manager, PARALLEL_SUBSCRIPTIONS);
      await Promise.all(due.map((subscriptionId) => this.sendHead(subscriptionId)));
      if (due.length > 0) this.nudged = true;
    } catch (error) {
      if (!this.stopping) this.logger.warn({ msg: 'delivery round failed', error: (error as Error).message });
    }
  }

  private async sendHead(subscriptionId: string): Promise<void> {
    await this.resources.dataSource.transaction(async (manager) => {
      const delivery = await this.deliveries.lockDueHead(manager, subscriptionId);
      if (!delivery) return;
      const { record, step } = await attemptDelivery(delivery, this.options);
      await this.deliveries.recordAttempt(manager, delivery, record, step.status);
      this.log(delivery, record.outcome, record.statusCode, record.latencyMs);
      for (const listener of this.attemptListeners) listener(record);
    });
  }

  // Ids, outcome and timing only: never the secret, the signature or the body.
  private log(delivery: DueDelivery, outcome: string, statusCode: number | null, latencyMs: number): void {
    const { id, subscriptionId } = delivery;
    this.logger.log({
      msg: 'delivery attempt',
      deliveryId: id,
      subscriptionId,
      attempt: delivery.attempts + 1,
      outcome,
      statusCode,
      latencyMs,
    });
  }
}
