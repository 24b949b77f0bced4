import { BaseRpcContext, CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Consumer, EachBatchPayload, Kafka, logLevel } from 'kafkajs';

export interface ConsumerGroupOptions {
  brokers: string[];
  clientId: string;
  groupId: string;
  topics: string[];
  /** kafkajs `partitionsConsumedConcurrently`: partitions whose batches are handled at the same time. */
  partitionsConcurrency: number;
}

/** The one pattern the batch transport emits; an app's events controller subscribes to it. */
export const EVENT_BATCH = 'palimpsest.event-batch';

/** What a handler of EVENT_BATCH receives with the batch: the partition it came from. */
export class EventBatchContext extends BaseRpcContext<[topic: string, partition: number]> {}

/**
 * A Nest transport strategy that hands each app a whole batch per partition
 * (kafkajs `eachBatch`) rather than one message at a time, which is what
 * Nest's own Kafka server does. Batches let a consumer apply hundreds of
 * events in one transaction. Nest stays the host: the controller's
 * `@EventPattern(EVENT_BATCH)` handler is found and called the usual way, and
 * the strategy connects, runs and closes with the app.
 *
 * Offsets are resolved by the handler as it applies each piece of the batch,
 * never automatically, so a batch cut short by a rebalance or shutdown is read
 * again from its first unapplied message.
 */
export class KafkaBatchTransport extends Server implements CustomTransportStrategy {
  private readonly consumer: Consumer;

  constructor(private readonly options: ConsumerGroupOptions) {
    super();
    const kafka = new Kafka({ brokers: options.brokers, clientId: options.clientId, logLevel: logLevel.WARN });
    // A short fetch wait keeps shutdown quick: disconnect waits for the fetch in flight.
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      maxWaitTimeInMs: 1_000,
    });
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.consumer.connect();
      await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
      await this.consumer.run({
        partitionsConsumedConcurrently: this.options.partitionsConcurrency,
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.deliver(payload),
      });
      callback();
    } catch (error) {
      callback(error);
    }
  }

  private async deliver(payload: EachBatchPayload): Promise<void> {
    const { topic, partition } = payload.batch;
    await this.handleEvent(
      EVENT_BATCH,
      { pattern: EVENT_BATCH, data: payload },
      new EventBatchContext([topic, partition]),
    );
  }

  async close(): Promise<void> {
    await this.consumer.disconnect();
  }

  on<EventKey extends string = string, EventCallback extends Function = Function>(
    event: EventKey,
    callback: EventCallback,
  ): void {
    this.consumer.on(event as never, callback as never);
  }

  /** The kafkajs consumer, for health to follow its crash and join events. */
  unwrap<T>(): T {
    return this.consumer as T;
  }
}
