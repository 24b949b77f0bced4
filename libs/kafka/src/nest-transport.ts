import type { CustomTransportStrategy } from '@nestjs/microservices';
import { BaseRpcContext, Server } from '@nestjs/microservices';
import type { EachBatchPayload } from 'kafkajs';
import type { ConsumerGroupOptions } from './batch-consumer-group';
import { BatchConsumerGroup } from './batch-consumer-group';

/** The one pattern the batch transport emits; an app's events controller subscribes to it. */
export const EVENT_BATCH = 'palimpsest.event-batch';

/** What a handler of EVENT_BATCH receives with the batch: the partition it came from. */
export class EventBatchContext extends BaseRpcContext<[topic: string, partition: number]> {}

/**
 * Hosts a BatchConsumerGroup in Nest as a custom transport strategy. Nest's
 * own Kafka server hands over one message at a time; this one hands the
 * controller's `@EventPattern(EVENT_BATCH)` handler a whole partition batch,
 * and connects, runs and closes with the app.
 */
/** A listener of the kafkajs consumer's instrumentation events (crash, group join...). */
type ConsumerEventListener = (...args: never[]) => unknown;

export class KafkaBatchTransport
  extends Server<Record<string, ConsumerEventListener>>
  implements CustomTransportStrategy
{
  private readonly group: BatchConsumerGroup;

  constructor(options: ConsumerGroupOptions) {
    super();
    this.group = new BatchConsumerGroup(options);
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.group.start((payload) => this.deliver(payload));
      callback();
    } catch (error) {
      callback(error);
    }
  }

  private async deliver(payload: EachBatchPayload): Promise<void> {
    const { topic, partition } = payload.batch;
    const context = new EventBatchContext([topic, partition]);
    await this.handleEvent(EVENT_BATCH, { pattern: EVENT_BATCH, data: payload }, context);
  }

  async close(): Promise<void> {
    await this.group.stop();
  }

  on<EventKey extends string = string, EventCallback extends ConsumerEventListener = ConsumerEventListener>(
    event: EventKey,
    callback: EventCallback,
  ): void {
    this.group.consumer.on(event as never, callback as never);
  }

  /** The kafkajs consumer, for health to follow its crash and join events. */
  unwrap<T>(): T {
    return this.group.consumer as T;
  }
}
