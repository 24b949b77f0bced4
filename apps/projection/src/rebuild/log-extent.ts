import { Kafka } from 'kafkajs';
import { PartitionOffsets } from './generations.repository';

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

/** Where `groupId` resumes in each partition (a rebuild restarted with its app starts there, not at zero). */
export async function readCommittedOffsets(
  kafka: Kafka,
  groupId: string,
  topics: string[],
): Promise<Map<string, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = new Map<string, bigint>();
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
      for (const { partition, offset } of partitions) {
        if (BigInt(offset) >= 0n) committed.set(`${topic}:${partition}`, BigInt(offset));
      }
    }
    return committed;
  } finally {
    await admin.disconnect();
  }
}
