import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { NotificationListener } from '@palimpsest/persistence';
import { EntityManager } from 'typeorm';
import { AlertsResources } from '../../alerts-resources';
import { DELIVERIES_CHANNEL, DeliveriesRepository, DueDelivery } from '../deliveries.repository';
import { attemptDelivery, AttemptOptions } from './attempt-delivery';

export interface DeliveryAttemptSeen {
  outcome: string;
  statusCode: number | null;
  latencyMs: number;
}

// How long a subscription is left alone after a database failure while sending to it.
const FAILURE_REST_MS = 1_000;
// Due deliveries read at once during a run of sends: one read per this many POSTs.
const READ_BATCH = 50;

/**
 * Drains the deliveries outbox: for each active subscription, its due
 * deliveries in queue order, one at a time, so a subscription's alerts keep
 * their order; different subscriptions are sent to concurrently, up to
 * `webhook.concurrency`. A run of sends holds the subscription's sender lock
 * (one instance sends to it at a time); each attempt is recorded in a commit of
 * its own, so a crash mid-POST leaves only that delivery pending, and it is
 * sent again with the same delivery id.
 *
 * It looks for work when woken: by a commit that queued deliveries or
 * ended a run of sends (NOTIFY, from any instance), by this process (nudge),
 * when one of its sends ends, and by a timer set for the soonest retry that is
 * not due yet. There is no idle poll.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly abort = new AbortController();
  private readonly listener: NotificationListener;
  private readonly sending = new Map<string, Promise<void>>();
  /** Subscriptions another instance is sending to, or that just failed here, until the given time. */
  private readonly resting = new Map<string, number>();
  private readonly options: AttemptOptions;
  private readonly attemptListeners: Array<(attempt: DeliveryAttemptSeen) => void> = [];
  private timer: NodeJS.Timeout | null = null;
  private looking = false;
  private lookAgain = false;
  private stopping = false;

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
    this.listener = new NotificationListener(resources.config.databaseUrl);
  }

  /** Metrics subscribe here; a listener sees ids-free facts only (outcome, status, latency). */
  onAttempt(listener: (attempt: DeliveryAttemptSeen) => void): void {
    this.attemptListeners.push(listener);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.listener.on(DELIVERIES_CHANNEL, () => {
      // Another instance may have finished with a subscription this one left to it.
      this.resting.clear();
      this.nudge();
    });
    await this.listener.connect();
    this.nudge();
  }

  /** Something may be due (deliveries were queued or requeued, a subscription resumed): look now. */
  nudge(): void {
    if (this.stopping) return;
    if (this.looking) {
      this.lookAgain = true;
      return;
    }
    this.looking = true;
    void this.look().finally(() => {
      this.looking = false;
      if (this.lookAgain) {
        this.lookAgain = false;
        this.nudge();
      }
    });
  }

  /**
   * Starts no new send and lets the POSTs in flight finish and be recorded: aborting one the
   * receiver already has would leave it pending, and another instance would send it again. Each
   * POST is bounded by the webhook timeout; past that (plus a second) what is left is aborted.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.listener.close();
    const inFlight = Promise.allSettled([...this.sending.values()]);
    let drainTimer: NodeJS.Timeout | undefined;
    const drainBound = new Promise<void>((resolve) => {
      drainTimer = setTimeout(resolve, this.resources.config.webhook.timeoutMs + 1_000);
    });
    await Promise.race([inFlight, drainBound]);
    clearTimeout(drainTimer);
    this.abort.abort();
    await inFlight;
  }

  /** Starts a send for each due queue head, up to the limit, and sets the timer for the next one due. */
  private async look(): Promise<void> {
    const now = Date.now();
    for (const [subscriptionId, until] of this.resting) if (until <= now) this.resting.delete(subscriptionId);
    const free = this.resources.config.webhook.concurrency - this.sending.size;
    let nextInMs: number | null = null;
    try {
      if (free > 0) {
        const excluding = [...this.sending.keys(), ...this.resting.keys()];
        const heads = await this.deliveries.queueHeads(this.resources.dataSource.manager, free, excluding);
        for (const head of heads) {
          if (head.dueInMs > 0) {
            nextInMs = head.dueInMs;
            break;
          }
          this.send(head.subscriptionId);
        }
      }
    } catch (error) {
      if (this.stopping) return;
      this.logger.warn({ msg: 'looking for due deliveries failed', error: (error as Error).message });
      nextInMs = FAILURE_REST_MS;
    }
    for (const until of this.resting.values()) nextInMs = Math.min(nextInMs ?? Infinity, until - now);
    this.wakeIn(nextInMs);
  }

  private wakeIn(delayMs: number | null): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (delayMs === null || this.stopping) return;
    this.timer = setTimeout(() => this.nudge(), Math.max(0, Math.ceil(delayMs)));
  }

  private send(subscriptionId: string): void {
    const sent = this.sendDue(subscriptionId)
      .then((sent) => {
        if (sent === 'locked-elsewhere') this.rest(subscriptionId, this.resources.config.webhook.timeoutMs + 1_000);
      })
      .catch((error: Error) => {
        if (this.stopping) return;
        this.logger.warn({ msg: 'delivery attempt failed', subscriptionId, error: error.message });
        this.rest(subscriptionId, FAILURE_REST_MS);
      })
      .finally(() => {
        this.sending.delete(subscriptionId);
        this.nudge();
      });
    this.sending.set(subscriptionId, sent);
  }

  /**
   * A subscription another instance is sending to is left to it: its run ends with a notification,
   * and if it dies instead, its lock goes with its connection and this instance tries again after a
   * webhook timeout at most.
   */
  private rest(subscriptionId: string, forMs: number): void {
    this.resting.set(subscriptionId, Date.now() + forMs);
  }

  /**
   * One run of sends to a subscription, holding its sender lock on a pooled
   * connection of its own for the whole run. The lock is freed before the
   * connection goes back to the pool; if freeing it fails, the connection is
   * broken, and the pool closes it (and with it the lock) instead of reusing it.
   */
  private async sendDue(subscriptionId: string): Promise<'locked-elsewhere' | 'done'> {
    const runner = this.resources.dataSource.createQueryRunner();
    try {
      if (!(await this.deliveries.takeSender(runner.manager, subscriptionId))) return 'locked-elsewhere';
      try {
        await this.sendRun(runner.manager, subscriptionId);
      } finally {
        await this.deliveries.releaseSender(runner.manager, subscriptionId);
      }
      return 'done';
    } finally {
      await runner.release();
    }
  }

  /**
   * Sends the subscription's due deliveries in queue order, read a batch at a
   * time, until none is due, one is left pending for a retry (those behind it
   * wait), the subscription is no longer active, or shutdown. Each attempt is
   * recorded before the next POST starts, so a crash repeats one POST at most.
   */
  private async sendRun(manager: EntityManager, subscriptionId: string): Promise<void> {
    while (!this.stopping) {
      const due = await this.deliveries.dueDeliveries(manager, subscriptionId, READ_BATCH);
      for (const delivery of due) {
        if (this.stopping) return;
        const { record, step } = await attemptDelivery(delivery, this.options);
        const stillActive = await this.deliveries.recordAttempt(manager, { delivery, record, status: step.status });
        this.log(delivery, record.outcome, record.statusCode, record.latencyMs);
        for (const listener of this.attemptListeners) listener(record);
        if (step.status === 'pending' || !stillActive) return;
      }
      // A short read reached the end of what was due; what was queued since is found by the
      // look that follows every run, so no read that would most often come back empty.
      if (due.length < READ_BATCH) return;
    }
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
