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
