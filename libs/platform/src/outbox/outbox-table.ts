/**
 * Tables every producing service keeps in its own schema: an outbox of events
 * written in the same transaction as the state that caused them, relayed to
 * Kafka afterwards, so no event is lost between Postgres and the broker.
 */
export const outboxTableSql = (schema: string) => `
  CREATE TABLE "${schema}".outbox (
    position bigserial PRIMARY KEY,
    event_id uuid NOT NULL UNIQUE,
    topic text NOT NULL,
    message_key text NOT NULL,
    message jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
  );
  CREATE INDEX outbox_unpublished ON "${schema}".outbox (position) WHERE published_at IS NULL;
`;
