import type { ServiceRuntime } from '../service-runtime';
import { eventPublisher } from './keyed-messages';
import type { OutboxConfig } from './outbox-config';
import { outboxChannel, OutboxRelay } from './outbox-relay';
import { createRelayProducer } from './relay-producer';

/**
 * Starts relaying the runtime's schema outbox to Kafka, through a producer of its own (see
 * createRelayProducer for why), and stops it with the app. Only producing apps call this, so
 * they hold a relay and consuming-only apps hold none.
 */
export async function openOutboxRelay(runtime: ServiceRuntime, config: OutboxConfig): Promise<OutboxRelay> {
  const { schema, closeables } = runtime;
  const producer = createRelayProducer(runtime.kafka);
  await producer.connect();
  closeables.add('outbox relay producer', () => producer.disconnect());
  const relay = new OutboxRelay(runtime.dataSource, {
    schema,
    batchSize: config.relayBatchSize,
    publish: eventPublisher(producer),
  });
  // Listening before the relay's first pass, so no commit falls between that pass's read and the LISTEN.
  await runtime.notifications.on(outboxChannel(schema), () => relay.nudge());
  relay.start();
  closeables.add('outbox relay', () => relay.stop());
  return relay;
}
