import type { Admin } from 'kafkajs';

export interface PartitionLag {
  topic: string;
  partition: number;
  /** Next offset the group will read; null when it has committed nothing on this partition. */
  committed: number | null;
  end: number;
  lag: number;
}

/**
 * How far a consumer group is behind the end of each partition of `topics`.
 * A partition with no committed offset counts from its earliest retained
 * offset, as a group subscribed from the beginning would read it.
 */
export async function readGroupLag(admin: Admin, groupId: string, topics: string[]): Promise<PartitionLag[]> {
  const [committedByTopic, ends] = await Promise.all([
    admin.fetchOffsets({ groupId, topics }),
    Promise.all(topics.map(async (topic) => ({ topic, offsets: await admin.fetchTopicOffsets(topic) }))),
  ]);
  return ends.flatMap(({ topic, offsets }) => {
    const committed = committedByTopic.find((entry) => entry.topic === topic)?.partitions ?? [];
    return offsets.map(({ partition, high, low }) => {
      const own = committed.find((entry) => entry.partition === partition);
      return partitionLag(topic, partition, own?.offset ?? '-1', high, low);
    });
  });
}

/** Kafka answers offset -1 for a partition the group has not committed on. */
export function partitionLag(
  topic: string,
  partition: number,
  committed: string,
  high: string,
  low: string,
): PartitionLag {
  const end = Number(high);
  const hasCommitted = Number(committed) >= 0;
  const from = hasCommitted ? Number(committed) : Number(low);
  return { topic, partition, committed: hasCommitted ? Number(committed) : null, end, lag: Math.max(0, end - from) };
}
