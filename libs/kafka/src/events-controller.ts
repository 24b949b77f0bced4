import { Controller, Inject, Type } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EachBatchPayload } from 'kafkajs';
import { ConsumedEvent, EventConsumer } from './event-consumer';
import { EVENT_BATCH } from './nest-transport';

/**
 * An app's handlers for the events it consumes. `route` gets a piece of one
 * partition's batch, in offset order, and applies it in one transaction: when
 * it throws, the consumer calls it again with one event at a time.
 */
export interface EventRouter {
  route(events: readonly ConsumedEvent[]): Promise<void>;
}

export const EVENT_ROUTER = Symbol('EVENT_ROUTER');

/** Builds the Nest controller that takes the batch transport's batches to the app's router. */
export function eventsController(): Type<unknown> {
  @Controller()
  class KafkaEventsController {
    constructor(
      @Inject(EventConsumer) private readonly consumer: EventConsumer,
      @Inject(EVENT_ROUTER) private readonly router: EventRouter,
    ) {}

    @EventPattern(EVENT_BATCH)
    async onBatch(@Payload() batch: EachBatchPayload): Promise<void> {
      await this.consumer.consumeBatch(batch, (events) => this.router.route(events));
    }
  }
  return KafkaEventsController;
}
