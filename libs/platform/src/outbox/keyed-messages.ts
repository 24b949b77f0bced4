import type { EventEnvelope } from '@palimpsest/contracts';
import type { Message, Producer } from 'kafkajs';

/**
 * The one way an event becomes a Kafka message: keyed by reportId so all of a
 * report's events land on one partition in order (docs/architecture.md, invariant 2). Nest's own
 * serializer would send a null key and scatter a report over partitions.
 */
export function toKafkaMessage(event: EventEnvelope): Message {
  return {
    key: event.reportId,
    value: JSON.stringify(event),
    headers: { 'event-id': event.id, 'event-type': event.type, 'schema-version': String(event.schemaVersion) },
  };
}

/** Sends events to their topics in the given order, each keyed by reportId. */
export function eventPublisher(producer: Producer) {
  return async (items: Array<{ topic: string; event: EventEnvelope }>): Promise<void> => {
    const byTopic = new Map<string, Message[]>();
    for (const { topic, event } of items) {
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), toKafkaMessage(event)]);
    }
    await producer.sendBatch({
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
  };
}
