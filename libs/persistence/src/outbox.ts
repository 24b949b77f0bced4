import { EventEnvelope } from '@palimpsest/contracts';
import { EntityManager } from 'typeorm';
import { notifySql } from './notifications';
import { outboxChannel } from './outbox-relay';

/**
 * Appends events to the service's outbox inside the caller's transaction, and
 * wakes every instance's relay when that transaction commits (nothing on a rollback).
 */
export async function appendToOutbox(
  manager: EntityManager,
  schema: string,
  topic: string,
  events: EventEnvelope[],
): Promise<void> {
  if (events.length === 0) return;
  // A re-derived event has the same id (invariant 3): the first copy stays.
  // One round trip: the insert, and the notification sent when the transaction commits.
  await manager.query(
    `WITH appended AS (
       INSERT INTO "${schema}".outbox (event_id, topic, message_key, message)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[])
       ON CONFLICT (event_id) DO NOTHING
     )
     ${notifySql(outboxChannel(schema))}`,
    [
      events.map((event) => event.id),
      events.map(() => topic),
      events.map((event) => event.reportId),
      events.map((event) => JSON.stringify(event)),
    ],
  );
}
