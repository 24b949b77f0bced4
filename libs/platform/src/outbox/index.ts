// The outbox, owned here whole: its table, appending in the caller's transaction, the relay to
// Kafka with its producer, and the relay's settings.
export * from './outbox-table';
export * from './append-to-outbox';
export * from './outbox-relay';
export * from './outbox-config';
export * from './open-outbox-relay';
// Exported for deploy/kafka/relay-producer.int-spec.ts, which checks it against a broker being killed.
export * from './relay-producer';
