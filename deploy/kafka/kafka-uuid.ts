import { randomBytes } from 'node:crypto';

/**
 * A Kafka Uuid (cluster id or directory id) in the form `StorageTool random-uuid` prints: 16
 * random bytes as unpadded base64url, 22 characters. Made here rather than by the tool because a
 * cluster needs one per node plus the cluster's own, and each tool run costs a JVM start.
 * Like Kafka's own generator it never returns the all-zero id or one starting with "-", which
 * the tools would read as an option.
 */
export function randomKafkaUuidText(random: (size: number) => Buffer = randomBytes): string {
  for (;;) {
    const bytes = random(16);
    const text = bytes.toString('base64url');
    if (!text.startsWith('-') && bytes.some((byte) => byte !== 0)) return text;
  }
}
