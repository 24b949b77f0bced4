import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { PartitionOffsets } from './generations.repository';

export interface LogExtent {
  /** The end of every non-empty partition when the rebuild starts: it has caught up once it reaches them all. */
  endOffsets: PartitionOffsets;
  /** Events between the start and those ends: the 100 % of the progress bar. */
  total: number;
}

export async function readLogExtent(kafka: Kafka, topics: string[]): Promise<LogExtent> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const endOffsets: PartitionOffsets = {};
    let total = 0;
    for (const topic of topics) {
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
        if (BigInt(high) <= BigInt(low)) continue;
        endOffsets[`${topic}:${partition}`] = high;
        total += Number(BigInt(high) - BigInt(low));
      }
    }
    return { endOffsets, total };
  } finally {
    await admin.disconnect();
  }
}

/**
 * How far `consumer` has applied each partition, from the progress rows its
 * inbox writes in the same transactions as its effects: exact, and one query
 * rather than an admin client (a restarted rebuild resumes from there).
 */
export async function readAppliedOffsets(dataSource: DataSource, consumer: string): Promise<Map<string, bigint>> {
  const rows: Array<{ topic: string; partition: number; next_offset: string }> = await dataSource.query(
    `SELECT topic, partition, next_offset FROM projection.consumer_progress WHERE consumer = $1`,
    [consumer],
  );
  return new Map(rows.map((row) => [`${row.topic}:${row.partition}`, BigInt(row.next_offset)]));
}
