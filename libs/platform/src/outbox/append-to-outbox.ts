import type { EventEnvelope } from '@palimpsest/contracts';
import type { EntityManager } from 'typeorm';
import { notifySql } from '@palimpsest/persistence';
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
  // A re-derived event has the same id (docs/architecture.md, invariant 3): the first copy stays.
  // One round trip: the insert, and the notification sent when the transaction commits. The
  // events go as one JSON document: an array parameter would be escaped element by element into
  // an array literal, which doubles a page's backslashes and quotes on the event loop.
  await manager.query(
    `WITH appended AS (
       INSERT INTO "${schema}".outbox (event_id, topic, message_key, message)
       SELECT (event->>'id')::uuid, $1, event->>'reportId', event FROM jsonb_array_elements($2::jsonb) AS event
       ON CONFLICT (event_id) DO NOTHING
     )
     ${notifySql(outboxChannel(schema))}`,
    [topic, JSON.stringify(events)],
  );
}
