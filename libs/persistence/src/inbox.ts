import type { LogPosition } from '@palimpsest/contracts';
import type { EntityManager } from 'typeorm';

/** What the inbox needs of a consumed event: its id and where it was read. */
export interface InboxEntry {
  eventId: string;
  position: LogPosition;
}

/**
 * Claims a batch of events for a consumer inside the transaction that applies
 * them, and records each partition's progress there too (docs/architecture.md, invariant 4), in one
 * statement whatever the batch size. Returns the ids claimed now: an id
 * applied before is absent, and the caller applies only the first copy of each
 * id it gets back (a batch may hold the same event twice after a republish).
 */
export async function claimEvents(
  manager: EntityManager,
  schema: string,
  consumer: string,
  entries: readonly InboxEntry[],
): Promise<Set<string>> {
  if (entries.length === 0) return new Set();
  const progress = nextOffsets(entries);
  const claimed: Array<{ event_id: string }> = await manager.query(
    `WITH progress AS (
       INSERT INTO "${schema}".consumer_progress (consumer, topic, partition, next_offset)
       SELECT $1, topic, partition, next_offset
       FROM unnest($3::text[], $4::int[], $5::bigint[]) AS p(topic, partition, next_offset)
       ON CONFLICT (consumer, topic, partition) DO UPDATE
       SET next_offset = GREATEST("consumer_progress".next_offset, EXCLUDED.next_offset), updated_at = now()
     )
     INSERT INTO "${schema}".processed_events (consumer, event_id)
     SELECT $1, event_id FROM unnest($2::text[]) AS batch(event_id)
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [
      consumer,
      entries.map((entry) => entry.eventId),
      progress.map((p) => p.topic),
      progress.map((p) => p.partition),
      progress.map((p) => p.nextOffset),
    ],
  );
  return new Set(claimed.map((row) => row.event_id));
}

/**
 * One row per partition, at the offset after the highest one seen: Postgres
 * refuses an upsert that touches the same row twice in one statement.
 */
function nextOffsets(entries: readonly InboxEntry[]) {
  const highest = new Map<string, { topic: string; partition: number; offset: bigint }>();
  for (const { position } of entries) {
    const key = `${position.topic}\u0000${position.partition}`;
    const offset = BigInt(position.offset);
    const seen = highest.get(key);
    if (!seen || offset > seen.offset)
      highest.set(key, { topic: position.topic, partition: position.partition, offset });
  }
  return [...highest.values()].map(({ topic, partition, offset }) => ({
    topic,
    partition,
    nextOffset: (offset + 1n).toString(),
  }));
}

/** The inbox entries of consumed events. */
export function inboxEntries(batch: ReadonlyArray<{ event: { id: string }; position: LogPosition }>): InboxEntry[] {
  return batch.map(({ event, position }) => ({ eventId: event.id, position }));
}
