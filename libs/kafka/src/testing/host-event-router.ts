import { INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Producer } from 'kafkajs';
import { EventConsumer, EventConsumerOptions } from '../event-consumer';
import { EVENT_ROUTER, EventRouter, eventsController } from '../events-controller';
import { KafkaBatchTransport } from '../nest-transport';

export interface HostedRouter {
  brokers: string[];
  producer: Producer;
  topic: string;
  router: EventRouter;
  partitionsConcurrency: number;
  /** Overrides of the consumer's options; the group is `<topic>-group`, dead letters go to `<topic>-dlq`. */
  consumer?: Partial<EventConsumerOptions>;
}

/**
 * For tests of the consumer path on a real broker: hosts `router` in a Nest
 * microservice behind the batch transport, as an app does, with quick retries.
 */
export async function hostEventRouter(
  hosted: HostedRouter,
): Promise<{ app: INestMicroservice; consumer: EventConsumer }> {
  const groupId = `${hosted.topic}-group`;
  const consumer = new EventConsumer(hosted.producer, {
    consumer: groupId,
    deadLetterTopic: `${hosted.topic}-dlq`,
    maxAttempts: 3,
    backoff: { initialMs: 10, maxMs: 50, jitter: 0 },
    batchSize: 100,
    ...hosted.consumer,
  });
  @Module({
    controllers: [eventsController()],
    providers: [
      { provide: EventConsumer, useValue: consumer },
      { provide: EVENT_ROUTER, useValue: hosted.router },
    ],
  })
  class HostModule {}
  const strategy = new KafkaBatchTransport({
    brokers: hosted.brokers,
    clientId: groupId,
    groupId,
    topics: [hosted.topic],
    partitionsConcurrency: hosted.partitionsConcurrency,
  });
  const app = await NestFactory.createMicroservice(HostModule, { strategy, logger: false });
  await app.listen();
  return { app, consumer };
}
