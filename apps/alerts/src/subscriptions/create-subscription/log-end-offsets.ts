import type { Kafka } from 'kafkajs';
import type { StartOffsets } from '../../rules/start-offsets';

/** The current end of each partition of `topics`: where a subscription created now starts. */
export async function logEndOffsets(kafka: Kafka, topics: string[]): Promise<StartOffsets> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const entries = await Promise.all(
      topics.map(async (topic) => {
        const partitions = await admin.fetchTopicOffsets(topic);
        return [topic, Object.fromEntries(partitions.map(({ partition, high }) => [String(partition), high]))] as const;
      }),
    );
    return Object.fromEntries(entries);
  } finally {
    await admin.disconnect();
  }
}
