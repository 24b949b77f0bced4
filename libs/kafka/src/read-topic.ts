import { randomBytes } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';

export interface TopicRecord {
  partition: number;
  message: KafkaMessage;
}

/**
 * Reads every message of `topic` from its start up to the end it has when the
 * call begins, in a throw-away consumer group, and stops by itself.
 */
export async function readTopicToEnd(kafka: Kafka, topic: string, { timeoutMs = 60_000 } = {}): Promise<TopicRecord[]> {
  const ends = await pendingEnds(kafka, topic);
  const records: TopicRecord[] = [];
  if (ends.size === 0) return records;
  const consumer = kafka.consumer({
    groupId: `palimpsest-reader-${randomBytes(6).toString('hex')}`,
    maxWaitTimeInMs: 250,
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`reading ${topic} took longer than ${timeoutMs} ms`)), timeoutMs);
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const last = ends.get(partition);
            if (last === undefined || BigInt(message.offset) > last) return;
            records.push({ partition, message });
            if (BigInt(message.offset) === last) ends.delete(partition);
            if (ends.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return records.sort(
    (a, b) => a.partition - b.partition || Number(BigInt(a.message.offset) - BigInt(b.message.offset)),
  );
}

/** The last offset to read in each partition that holds messages. */
async function pendingEnds(kafka: Kafka, topic: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    const ends = new Map<number, bigint>();
    for (const { partition, high, low } of offsets) {
      if (BigInt(high) > BigInt(low)) ends.set(partition, BigInt(high) - 1n);
    }
    return ends;
  } finally {
    await admin.disconnect();
  }
}
