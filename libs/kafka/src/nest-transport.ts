import { KafkaOptions, Transport } from '@nestjs/microservices';
import { logLevel, Partitioners } from 'kafkajs';

export interface ConsumerGroupOptions {
  brokers: string[];
  clientId: string;
  groupId: string;
  /** kafkajs `partitionsConsumedConcurrently`: partitions whose messages are handled at the same time. */
  partitionsConcurrency: number;
}

/**
 * Nest Kafka transport options for an event consumer. `postfixId: ''` keeps
 * the group id we configure (Nest appends "-server" otherwise); the identity
 * deserializer hands the raw kafkajs message to our consumer adapter, which
 * decodes and validates it itself and dead-letters what it cannot read.
 */
export function kafkaConsumerTransport({
  brokers,
  clientId,
  groupId,
  partitionsConcurrency,
}: ConsumerGroupOptions): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      postfixId: '',
      client: { brokers, clientId, logLevel: logLevel.WARN },
      // A short fetch wait keeps shutdown quick: disconnect waits for the fetch in flight.
      consumer: {
        groupId,
        allowAutoTopicCreation: false,
        sessionTimeout: 30_000,
        heartbeatInterval: 3_000,
        maxWaitTimeInMs: 1_000,
      },
      producer: { createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false },
      subscribe: { fromBeginning: true },
      // ServerKafka hands `run` to kafkajs consumer.run (adding eachMessage). Each partition keeps its
      // order; with more than one in flight, an event retried with backoff holds only its own
      // partition while the other partitions of the same fetch go on.
      run: { partitionsConsumedConcurrently: partitionsConcurrency },
      parser: { keepBinary: true },
      deserializer: {
        deserialize: (message: unknown, options?: { channel: string }) => ({
          pattern: options?.channel,
          data: message,
        }),
      },
    },
  };
}
