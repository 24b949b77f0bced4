import { Controller, Inject, Type } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { KafkaMessage } from 'kafkajs';
import { EventConsumer, EventPosition } from './event-consumer';

/** An app's handlers for the events it consumes, applied through the one consumer adapter. */
export interface EventRouter {
  route(event: PalimpsestEvent, position: EventPosition): Promise<void>;
}

export const EVENT_ROUTER = Symbol('EVENT_ROUTER');

/**
 * Builds the Nest controller that subscribes to `topics`. Topic names carry a
 * configurable prefix, and decorators need values, so the class is made per
 * app instance rather than declared once with constants.
 */
export function eventsController(topics: string[]): Type<unknown> {
  @Controller()
  class KafkaEventsController {
    constructor(
      @Inject(EventConsumer) private readonly consumer: EventConsumer,
      @Inject(EVENT_ROUTER) private readonly router: EventRouter,
    ) {}

    @EventPattern(topics)
    async onMessage(@Payload() message: KafkaMessage, @Ctx() context: KafkaContext): Promise<void> {
      await this.consumer.consume(message, context, (event, position) => this.router.route(event, position));
    }
  }
  return KafkaEventsController;
}
