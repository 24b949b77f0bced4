import { EntityManager } from 'typeorm';

export interface ConsumedPosition {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Claims an event for a consumer inside the transaction that applies it, and
 * records the partition progress there too (invariant 4). Returns false when
 * the event was applied before: the caller then changes nothing.
 */
export async function claimEvent(
  manager: EntityManager,
  schema: string,
  consumer: string,
  eventId: string,
  position: ConsumedPosition,
): Promise<boolean> {
  const claimed: unknown[] = await manager.query(
    `INSERT INTO "${schema}".processed_events (consumer, event_id) VALUES ($1, $2)
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, eventId],
  );
  await manager.query(
    `INSERT INTO "${schema}".consumer_progress (consumer, topic, partition, next_offset) VALUES ($1, $2, $3, $4)
     ON CONFLICT (consumer, topic, partition) DO UPDATE
     SET next_offset = GREATEST("consumer_progress".next_offset, EXCLUDED.next_offset), updated_at = now()`,
    [consumer, position.topic, position.partition, (BigInt(position.offset) + 1n).toString()],
  );
  return claimed.length > 0;
}
