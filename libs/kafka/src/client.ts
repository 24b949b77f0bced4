import type { Producer, ProducerConfig } from 'kafkajs';
import { Kafka, logLevel, Partitioners } from 'kafkajs';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
}

export function createKafkaClient({ brokers, clientId }: KafkaConnection): Kafka {
  // kafkajs logs every retry at ERROR by default; WARN keeps real problems
  // visible without flooding the console while the broker is starting.
  return new Kafka({ brokers, clientId, logLevel: logLevel.WARN, retry: { retries: 8, initialRetryTime: 200 } });
}

/**
 * Every producer of ours: one request in flight keeps a batch's order when a send is retried; the
 * default (murmur2) partitioner places a key where Java clients would; topics are created at
 * start (ensureTopics), never by a send. `overrides` adds what one use needs on top.
 */
export function createProducer(kafka: Kafka, overrides: ProducerConfig = {}): Producer {
  return kafka.producer({
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    ...overrides,
  });
}
