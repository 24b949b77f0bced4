import type { Consumer, EachBatchPayload } from 'kafkajs';
import { Kafka, logLevel } from 'kafkajs';

export interface ConsumerGroupOptions {
  brokers: string[];
  clientId: string;
  groupId: string;
  topics: string[];
  /** kafkajs `partitionsConsumedConcurrently`: partitions whose batches are handled at the same time. */
  partitionsConcurrency: number;
  /** Where a group with no committed offset starts; the log's beginning unless said otherwise. */
  fromBeginning?: boolean;
  /** Most bytes one fetch brings of a partition (kafkajs default 1 MiB): a batch is at most about this big. */
  maxBytesPerPartition?: number;
  /** Asked after kafkajs gave up on a crashed consumer: false keeps it stopped (default: it restarts). */
  restartAfterCrash?: () => boolean;
}

/** How often offsets are committed to Kafka while a consumer works through a backlog. */
export const COMMIT_INTERVAL_MS = 1_000;

export type BatchListener = (payload: EachBatchPayload) => Promise<void>;

/**
 * The one way Palimpsest reads Kafka: a consumer group handed a whole batch
 * per partition (kafkajs `eachBatch`), partitions handled concurrently. Apps
 * host it in Nest through KafkaBatchTransport; a rebuild or a reanalysis runs
 * one of its own under another group id. Pair it with EventConsumer, which
 * decodes, applies the error policy and resolves offsets as pieces land:
 * nothing is resolved automatically, so a batch cut short by a rebalance or
 * a shutdown is read again from its first unapplied message.
 */
export class BatchConsumerGroup {
  readonly consumer: Consumer;

  constructor(private readonly options: ConsumerGroupOptions) {
    const kafka = new Kafka({ brokers: options.brokers, clientId: options.clientId, logLevel: logLevel.WARN });
    // A short fetch wait keeps shutdown quick: disconnect waits for the fetch in flight.
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      maxWaitTimeInMs: 1_000,
      ...(options.maxBytesPerPartition && {
        maxBytesPerPartition: options.maxBytesPerPartition,
        maxBytes: options.maxBytesPerPartition * options.partitionsConcurrency,
      }),
      retry: { restartOnFailure: async () => options.restartAfterCrash?.() ?? true },
    });
  }

  async start(onBatch: BatchListener): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConcurrency,
      eachBatchAutoResolve: false,
      // Offsets are committed by the batch's handler (commitOffsetsIfNecessary): at once when it
      // has caught up, at most once a COMMIT_INTERVAL_MS while it is behind. kafkajs would
      // otherwise commit after every batch, a broker round trip each; the inbox makes a re-read
      // after a restart harmless, and the consumers' own progress rows are exact.
      autoCommit: false,
      autoCommitInterval: COMMIT_INTERVAL_MS,
      eachBatch: onBatch,
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
