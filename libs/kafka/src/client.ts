import { Kafka, logLevel } from 'kafkajs';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
}

export function createKafkaClient({ brokers, clientId }: KafkaConnection): Kafka {
  // kafkajs logs every retry at ERROR by default; WARN keeps real problems
  // visible without flooding the console while the broker is starting.
  return new Kafka({ brokers, clientId, logLevel: logLevel.WARN, retry: { retries: 8, initialRetryTime: 200 } });
}
