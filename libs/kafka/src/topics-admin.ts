import type { Kafka } from 'kafkajs';

/**
 * Creates the topics an app needs (the broker runs with
 * auto.create.topics.enable=false). Existing topics are left as they are.
 */
const TOPIC_CONFIG = [
  // The log is the source of truth (read models are rebuilt from it): keep it forever.
  { name: 'retention.ms', value: '-1' },
  // A revision carries its whole page; the broker default (1 MiB per batch) would wedge the
  // outbox relay on the first large capture. Ingest accepts bodies up to CAPTURE_MAX_BYTES.
  { name: 'max.message.bytes', value: String(64 * 1024 * 1024) },
];

// Two apps starting together may race to create the same topic, and a topic just
// created may not be in the metadata of the broker asked while leaders are awaited.
const SETTLING_ERRORS = ['TOPIC_ALREADY_EXISTS', 'UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE'];

export async function ensureTopics(kafka: Kafka, topics: string[], partitions: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createMissingTopics(kafka, topics, partitions);
    } catch (error) {
      if (!SETTLING_ERRORS.includes((error as { type?: string }).type ?? '') || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function createMissingTopics(kafka: Kafka, topics: string[], partitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: partitions, configEntries: TOPIC_CONFIG })),
    });
  } finally {
    await admin.disconnect();
  }
}
