import { Controller, Inject, Type } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EachBatchPayload } from 'kafkajs';
import { ConsumedEvent, EventBatchHandler, EventConsumer } from './event-consumer';
import { EVENT_BATCH } from './nest-transport';

/**
 * An app's handlers for the events it consumes. `route` gets pieces of one or
 * more partitions' batches (each partition's events in offset order) and
 * applies them in one transaction: when it throws, the consumer calls it again
 * with each partition's piece alone, then with one event at a time.
 */
export interface EventRouter {
  route(events: readonly ConsumedEvent[]): Promise<void>;
}

export const EVENT_ROUTER = Symbol('EVENT_ROUTER');

/** Builds the Nest controller that takes the batch transport's batches to the app's router. */
export function eventsController(): Type<unknown> {
  @Controller()
  class KafkaEventsController {
    /** One function for every batch, so pieces of partitions arriving together are joined into one call. */
    private readonly route: EventBatchHandler;

    constructor(
      @Inject(EventConsumer) private readonly consumer: EventConsumer,
      @Inject(EVENT_ROUTER) router: EventRouter,
    ) {
      this.route = (events) => router.route(events);
    }

    @EventPattern(EVENT_BATCH)
    async onBatch(@Payload() batch: EachBatchPayload): Promise<void> {
      await this.consumer.consumeBatch(batch, this.route);
    }
  }
  return KafkaEventsController;
}
