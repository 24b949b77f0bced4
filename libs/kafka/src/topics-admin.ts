import { Kafka } from 'kafkajs';

/**
 * Creates the topics an app needs (the broker runs with
 * auto.create.topics.enable=false). Existing topics are left as they are.
 */
export async function ensureTopics(kafka: Kafka, topics: string[], partitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      // The log is the source of truth (read models are rebuilt from it): keep it forever.
      topics: missing.map((topic) => ({ topic, numPartitions: partitions, configEntries: [{ name: "retention.ms", value: "-1" }] })),
    });
  } catch (error) {
    // Two apps starting together may race to create the same topic.
    if ((error as { type?: string }).type !== 'TOPIC_ALREADY_EXISTS') throw error;
  } finally {
    await admin.disconnect();
  }
}
