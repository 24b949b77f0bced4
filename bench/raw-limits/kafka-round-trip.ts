import { randomBytes } from 'node:crypto';
import type { Message } from 'kafkajs';
import { Kafka, logLevel } from 'kafkajs';

export interface KafkaRoundTrip {
  producedPerSecond: number;
  consumedPerSecond: number;
}

const BATCH = 500;
const PARTITIONS = 12;
const CONSUME_TIMEOUT_MS = 60_000;

/** Sends every message in batches with acks from all in-sync replicas, as the outbox relay does; messages per second. */
async function produceAll(kafka: Kafka, topic: string, messages: readonly Message[]): Promise<number> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    const started = performance.now();
    for (let start = 0; start < messages.length; start += BATCH) {
      await producer.send({ topic, acks: -1, messages: messages.slice(start, start + BATCH) });
    }
    return (messages.length * 1000) / (performance.now() - started);
  } finally {
    await producer.disconnect();
  }
}

/** Reads the topic from the beginning in a fresh group doing no work; timed from the first batch to the last message. */
async function consumeAll(kafka: Kafka, topic: string, expected: number): Promise<number> {
  const consumer = kafka.consumer({ groupId: `${topic}.reader`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let seen = 0;
    let firstAt = 0;
    const done = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`consumed ${seen} of ${expected} in time`)), CONSUME_TIMEOUT_MS);
      void consumer.run({
        eachBatch: async ({ batch }) => {
          firstAt ||= performance.now();
          seen += batch.messages.length;
          if (seen < expected) return;
          clearTimeout(timer);
          resolve((seen * 1000) / (performance.now() - firstAt));
        },
      });
    });
    return await done;
  } finally {
    await consumer.disconnect();
  }
}

/** kafkajs alone against the broker: produce then consume the same messages on a throwaway topic. */
export async function measureKafkaRoundTrip(brokers: string, messages: readonly Message[]): Promise<KafkaRoundTrip> {
  const kafka = new Kafka({ clientId: 'bench-raw-limits', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const topic = `bench.raw-limits.${randomBytes(4).toString('hex')}`;
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
    const producedPerSecond = await produceAll(kafka, topic, messages);
    const consumedPerSecond = await consumeAll(kafka, topic, messages.length);
    return { producedPerSecond, consumedPerSecond };
  } finally {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  }
}
