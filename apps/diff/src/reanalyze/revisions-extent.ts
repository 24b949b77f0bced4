import type { Kafka } from 'kafkajs';

/** The end of every non-empty partition of `topic`, keyed by partition, and how many messages lie before them. */
export async function readTopicEnds(
  kafka: Kafka,
  topic: string,
): Promise<{ ends: Map<number, bigint>; total: number }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = new Map<number, bigint>();
    let total = 0;
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(high) <= BigInt(low)) continue;
      ends.set(partition, BigInt(high));
      total += Number(BigInt(high) - BigInt(low));
    }
    return { ends, total };
  } finally {
    await admin.disconnect();
  }
}

/** True once every partition's next offset has reached its end. */
export function reachedEnds(ends: ReadonlyMap<number, bigint>, next: ReadonlyMap<number, bigint>): boolean {
  return [...ends].every(([partition, end]) => (next.get(partition) ?? 0n) >= end);
}
