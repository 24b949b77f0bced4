import { Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { decodeEvent, PalimpsestEvent } from '@palimpsest/contracts';
import { Consumer, KafkaMessage, Producer } from 'kafkajs';
import { toDeadLetterMessage } from './dead-letter';
import { backoffDelay, BackoffOptions, classifyError, deadLetterCause } from './error-policy';

export interface EventPosition {
  topic: string;
  partition: number;
  offset: string;
}

export type EventHandler = (event: PalimpsestEvent, position: EventPosition) => Promise<void>;

export interface EventConsumerOptions {
  /** Names this consumer in dead letters and progress rows. */
  consumer: string;
  deadLetterTopic: string;
  maxAttempts: number;
  backoff: BackoffOptions;
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
 * the handler, and apply the error policy. It never throws back into Nest,
 * whose Kafka transport would otherwise redeliver the same message forever
 * (nestjs/nest#14664); kafkajs commits the offset once this returns.
 */
export class EventConsumer {
  private readonly logger: Logger;
  private closing = false;
  private readonly observers: ConsumeObserver[] = [];
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
  }

  close(): void {
    this.closing = true;
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

  private notify(type: string, outcome: ConsumeObservation['outcome'], startedAt: number): void {
    const observation = {
      consumer: this.options.consumer,
      type,
      outcome,
      seconds: (performance.now() - startedAt) / 1000,
    };
    for (const observer of this.observers) observer(observation);
  }

  async consume(message: KafkaMessage, context: KafkaContext, handle: EventHandler): Promise<void> {
    const position = { topic: context.getTopic(), partition: context.getPartition(), offset: message.offset };
    const decoded = decodeEvent(message.value);
    if (!decoded.ok) {
      this.notify('undecodable', 'dead-lettered', performance.now());
      return this.deadLetter(message, position, decoded.reason, decoded.detail);
    }
    await this.handleWithRetries(decoded.event, message, position, context, handle);
  }

  private async handleWithRetries(
    event: PalimpsestEvent,
    message: KafkaMessage,
    position: EventPosition,
    context: KafkaContext,
    handle: EventHandler,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const startedAt = performance.now();
      try {
        await handle(event, position);
        this.notify(event.type, 'processed', startedAt);
        this.stats.processed++;
        this.stats.lastEventAt = event.occurredAt;
        this.lastProgressAt = Date.now();
        return;
      } catch (error) {
        const cause = error instanceof Error ? error : new Error(String(error));
        const retry = classifyError(cause) === 'retry' && attempt < this.options.maxAttempts && !this.closing;
        this.notify(event.type, retry ? 'failed' : 'dead-lettered', startedAt);
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
        await context.getHeartbeat()();
      }
    }
  }

  private async deadLetter(message: KafkaMessage, position: EventPosition, reason: string, detail: string) {
    const cause = { consumer: this.options.consumer, reason, detail, failedAt: new Date().toISOString() };
    const origin = { ...position, key: message.key, value: message.value };
    await this.producer.send({ topic: this.options.deadLetterTopic, messages: [toDeadLetterMessage(origin, cause)] });
    this.stats.deadLettered++;
    this.lastProgressAt = Date.now();
    this.logger.warn({ msg: 'dead-lettered', ...position, reason, detail });
  }
}
