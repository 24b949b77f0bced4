import { Logger } from '@nestjs/common';
import type { LogPosition, PalimpsestEvent } from '@palimpsest/contracts';
import { decodeEvent } from '@palimpsest/contracts';
import type { Consumer, EachBatchPayload, KafkaMessage, Producer } from 'kafkajs';
import { toDeadLetterMessage } from './dead-letter';
import type { BackoffOptions } from './error-policy';
import { backoffDelay, classifyError, deadLetterCause } from './error-policy';
import type { PieceHandler } from './piece-joiner';
import { JoinedCallFailed, PieceJoiner } from './piece-joiner';

/** A decoded event with where it was read; `message` is kept to dead-letter the original bytes. */
export interface ConsumedEvent {
  event: PalimpsestEvent;
  position: LogPosition;
  message: KafkaMessage;
}

/**
 * Applies pieces of one or more partitions' batches, all or nothing (one transaction); each
 * partition's events come in offset order. Pass the same function every time: pieces handed
 * over at the same moment with the same handler are joined into one call (PieceJoiner).
 */
export type EventBatchHandler = PieceHandler<ConsumedEvent>;

type Heartbeat = () => Promise<void>;

/** The default detachAfterMs: long enough that ordinary batches never detach. */
export const DETACH_AFTER_MS = 2_000;

export interface EventConsumerOptions {
  /** Names this consumer in dead letters and progress rows. */
  consumer: string;
  deadLetterTopic: string;
  maxAttempts: number;
  backoff: BackoffOptions;
  /** Most events of one partition handed to the handler at once (joined pieces may hold up to twice as many). */
  batchSize: number;
  /** How long a batch may take before its partition is paused and the batch left to finish on its own. */
  detachAfterMs?: number;
}

/** One handling attempt as the adapter saw it; metrics observe these (type is "undecodable" for bad bytes). */
export interface ConsumeObservation {
  consumer: string;
  type: string;
  outcome: 'processed' | 'failed' | 'dead-lettered';
  seconds: number;
}

export type ConsumeObserver = (observation: ConsumeObservation) => void;

export interface ConsumerStats {
  processed: number;
  deadLettered: number;
  lastEventAt: string | null;
}

/**
 * The consumer adapter every app uses: decode and validate, hand the event to
 * the handler a batch at a time, and apply the error policy. It never throws
 * back into the transport, which would otherwise read the same batch again
 * forever; it resolves and commits offsets itself as pieces are applied.
 */
export class EventConsumer {
  private readonly logger: Logger;
  private closing = false;
  /** Batches that outlasted detachAfterMs and go on applying while their partition is paused. */
  private readonly detached = new Set<Promise<void>>();
  private readonly observers: ConsumeObserver[] = [];
  private readonly joiner: PieceJoiner<ConsumedEvent>;
  /** The commit the caught-up partitions of this turn share, until it starts. */
  private nextCommit: Promise<void> | null = null;
  readonly stats: ConsumerStats = { processed: 0, deadLettered: 0, lastEventAt: null };
  /** Wall-clock ms when a message last left this consumer (applied or dead-lettered); starts at creation. */
  lastProgressAt = Date.now();
  /** Why kafkajs gave up on the transport's consumer for good, or null while it runs. */
  crash: string | null = null;

  constructor(
    private readonly producer: Producer,
    private readonly options: EventConsumerOptions,
  ) {
    this.logger = new Logger(`${EventConsumer.name}:${options.consumer}`);
    this.joiner = new PieceJoiner(options.batchSize);
  }

  /** Stops retrying and waits for batches still applying in the background, so none is cut by the pool closing. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.detached]);
  }

  /**
   * Follows the kafkajs consumer that delivers to this adapter. kafkajs restarts after a retriable
   * crash by itself; with `restart: false` it has stopped for good and nothing will be consumed
   * until the app is restarted, which /health reports as down.
   */
  watchTransport(transport: Consumer): void {
    transport.on(transport.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.crash = `${payload.error.name}: ${payload.error.message}`;
    });
    transport.on(transport.events.GROUP_JOIN, () => (this.crash = null));
  }

  observe(observer: ConsumeObserver): void {
    this.observers.push(observer);
  }

  private notifyMs(type: string, outcome: ConsumeObservation['outcome'], ms: number): void {
    const observation = { consumer: this.options.consumer, type, outcome, seconds: ms / 1000 };
    for (const observer of this.observers) observer(observation);
  }

  /**
   * Applies one partition's fetched batch in pieces of at most `batchSize`
   * events, each piece in one call of `handle` (one transaction in every app).
   * Undecodable messages are dead-lettered first. When a piece fails, its
   * events are applied one at a time with the error policy, so a poison event
   * is retried or dead-lettered alone and the rest of the piece still lands.
   * The offset after each piece is resolved and committed before the next.
   */
  async consumeBatch(payload: EachBatchPayload, handle: EventBatchHandler): Promise<void> {
    // A failure outside the handler (committing offsets while the coordinator moves, a heartbeat
    // during a rebalance, a dead letter the broker refuses) stops the batch; its unapplied rest is
    // fetched again from the last resolved offset, and the inbox skips anything applied twice.
    const applying = this.applyBatch(payload, handle).catch((error: unknown) => {
      const { topic, partition } = payload.batch;
      this.logger.warn({ msg: 'batch interrupted, its rest is read again', topic, partition, error: String(error) });
    });
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>(
      (resolve) => (timer = setTimeout(() => resolve('slow'), this.options.detachAfterMs ?? DETACH_AFTER_MS)),
    );
    const outcome = await Promise.race([applying, slow]);
    clearTimeout(timer);
    if (outcome !== 'slow') return;
    // kafkajs fetches again only once every batch of the last fetch is handled, so one slow batch
    // would hold every other partition. This one is paused instead and finishes on its own: its
    // offsets are resolved as its pieces land, and the partition is fetched again from there.
    const resume = payload.pause();
    const { topic, partition } = payload.batch;
    this.logger.log({ msg: 'slow batch goes on in the background, its partition paused', topic, partition });
    const background = applying.finally(() => {
      this.detached.delete(background);
      resume();
    });
    this.detached.add(background);
  }

  private async applyBatch(payload: EachBatchPayload, handle: EventBatchHandler): Promise<void> {
    const { batch } = payload;
    for (let start = 0; start < batch.messages.length; start += this.options.batchSize) {
      if (!payload.isRunning() || payload.isStale()) return;
      const piece = batch.messages.slice(start, start + this.options.batchSize);
      const events: ConsumedEvent[] = [];
      for (const message of piece) {
        const position = { topic: batch.topic, partition: batch.partition, offset: message.offset };
        const decoded = decodeEvent(message.value);
        if (decoded.ok) events.push({ event: decoded.event, position, message });
        else {
          this.notifyMs('undecodable', 'dead-lettered', 0);
          await this.deadLetter(message, position, decoded.reason, decoded.detail);
        }
      }
      await this.applyPiece(events, handle, payload.heartbeat);
      payload.resolveOffset(piece[piece.length - 1].offset);
      const caughtUp = start + this.options.batchSize >= batch.messages.length && batch.offsetLag() === '0';
      // Caught up: commit now (nothing may follow for a while). Behind: at the interval.
      await (caughtUp ? this.commitResolved(payload) : payload.commitOffsetsIfNecessary());
      await payload.heartbeat();
    }
  }

  /**
   * Commits every offset resolved so far, on the next turn of the event loop. Partitions whose
   * pieces were applied in one joined call all ask at once; they share this one commit (kafkajs
   * commits the whole consumer's resolved offsets) instead of sending one request each.
   */
  private commitResolved(payload: EachBatchPayload): Promise<void> {
    this.nextCommit ??= new Promise<void>((turn) => setImmediate(turn)).then(() => {
      this.nextCommit = null;
      return payload.commitOffsetsIfNecessary(payload.uncommittedOffsets());
    });
    return this.nextCommit;
  }

  private async applyPiece(events: ConsumedEvent[], handle: EventBatchHandler, heartbeat: Heartbeat): Promise<void> {
    if (events.length === 0) return;
    const startedAt = performance.now();
    try {
      await this.joiner.apply(events, handle);
    } catch (error) {
      // Joined with other partitions' pieces: the poison may be theirs, so this piece is tried alone first.
      if (error instanceof JoinedCallFailed) return this.applyPieceAlone(events, handle, heartbeat);
      return this.applyOneByOne(events, handle, heartbeat, error);
    }
    this.processedAll(events, startedAt);
  }

  private async applyPieceAlone(events: ConsumedEvent[], handle: EventBatchHandler, heartbeat: Heartbeat) {
    const startedAt = performance.now();
    try {
      await handle(events);
    } catch (error) {
      return this.applyOneByOne(events, handle, heartbeat, error);
    }
    this.processedAll(events, startedAt);
  }

  /** After a piece failed with `failure`: its events one at a time with the error policy. */
  private async applyOneByOne(
    events: ConsumedEvent[],
    handle: EventBatchHandler,
    heartbeat: Heartbeat,
    failure: unknown,
  ): Promise<void> {
    if (events.length === 1) return this.handleWithRetries(events[0], handle, heartbeat, failure);
    this.logger.warn({
      msg: 'batch failed, applying its events one at a time',
      events: events.length,
      error: String(failure),
    });
    for (const event of events) await this.handleWithRetries(event, handle, heartbeat);
  }

  private processedAll(events: readonly ConsumedEvent[], startedAt: number): void {
    const share = (performance.now() - startedAt) / events.length;
    for (const { event } of events) this.processed(event, share);
  }

  private processed(event: PalimpsestEvent, ms: number): void {
    this.notifyMs(event.type, 'processed', ms);
    this.stats.processed++;
    this.stats.lastEventAt = event.occurredAt;
    this.lastProgressAt = Date.now();
  }

  /** One event on its own, retried with backoff; `firstFailure` is the error of an attempt already made. */
  private async handleWithRetries(
    consumed: ConsumedEvent,
    handle: EventBatchHandler,
    heartbeat: Heartbeat,
    firstFailure?: unknown,
  ): Promise<void> {
    const { event, position, message } = consumed;
    for (let attempt = 1; ; attempt++) {
      const startedAt = performance.now();
      let failure = attempt === 1 ? firstFailure : undefined;
      if (failure === undefined) {
        try {
          await handle([consumed]);
          return this.processed(event, performance.now() - startedAt);
        } catch (error) {
          failure = error;
        }
      }
      const cause = failure instanceof Error ? failure : new Error(String(failure));
      const retry = classifyError(cause) === 'retry' && attempt < this.options.maxAttempts && !this.closing;
      this.notifyMs(event.type, retry ? 'failed' : 'dead-lettered', performance.now() - startedAt);
      if (!retry) {
        const { reason, detail } = deadLetterCause(cause);
        return this.deadLetter(message, position, reason, detail);
      }
      const delay = backoffDelay(attempt, this.options.backoff, Math.random());
      this.logger.warn({
        msg: 'handler failed, retrying',
        ...position,
        eventId: event.id,
        attempt,
        delay,
        error: cause.message,
      });
      await new Promise((resolve) => setTimeout(resolve, delay));
      await heartbeat();
    }
  }

  private async deadLetter(message: KafkaMessage, position: LogPosition, reason: string, detail: string) {
    const cause = { consumer: this.options.consumer, reason, detail, failedAt: new Date().toISOString() };
    const origin = { ...position, key: message.key, value: message.value };
    await this.producer.send({ topic: this.options.deadLetterTopic, messages: [toDeadLetterMessage(origin, cause)] });
    this.stats.deadLettered++;
    this.lastProgressAt = Date.now();
    this.logger.warn({ msg: 'dead-lettered', ...position, reason, detail });
  }
}
