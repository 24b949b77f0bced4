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

/**
 * Every consuming service records which events it applied and how far it got
 * in each partition, in the transaction that applied them (docs/architecture.md, invariant 4).
 */
export const inboxTablesSql = (schema: string) => `
  CREATE TABLE "${schema}".processed_events (
    consumer text NOT NULL,
    event_id text NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
  );
  CREATE TABLE "${schema}".consumer_progress (
    consumer text NOT NULL,
    topic text NOT NULL,
    partition int NOT NULL,
    next_offset bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, topic, partition)
  );
`;
