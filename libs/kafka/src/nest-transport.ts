import { KafkaOptions, Transport } from '@nestjs/microservices';
import { logLevel, Partitioners } from 'kafkajs';

export interface ConsumerGroupOptions {
  brokers: string[];
  clientId: string;
  groupId: string;
}

/**
 * Nest Kafka transport options for an event consumer. `postfixId: ''` keeps
 * the group id we configure (Nest appends "-server" otherwise); the identity
 * deserializer hands the raw kafkajs message to our consumer adapter, which
 * decodes and validates it itself and dead-letters what it cannot read.
 */
export function kafkaConsumerTransport({ brokers, clientId, groupId }: ConsumerGroupOptions): KafkaOptions {
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
