import { createProducer } from '@palimpsest/kafka';
import type { Kafka, Producer } from 'kafkajs';

/**
 * The producer an outbox relay publishes through: it never retries inside kafkajs. kafkajs 2.2.4
 * retries a multi-partition batch by resending only to the brokers that have not answered yet,
 * looked up again from fresh metadata. When a partition's leader died and its leadership moved to
 * a broker that had already acknowledged its own share of the batch, that partition's messages
 * are never sent, and the send still resolves (`brokersWithoutResponse` in kafkajs's
 * `producer/sendMessages.js`): the relay would mark lost events published. Without kafkajs
 * retries a failed send fails whole; the relay rolls the batch back and sends all of it again
 * after a pause, and the copies that did land the first time are dropped by the consumers' inbox.
 */
export function createRelayProducer(kafka: Kafka): Producer {
  return createProducer(kafka, { retry: { retries: 0 } });
}
