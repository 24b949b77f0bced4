import type { EventConsumer } from '@palimpsest/kafka';
import type { Admin, Kafka } from 'kafkajs';
import type { Closeables } from '../closeables';
import { ConsumerHealth, registerConsumerHealth } from './consumer-health';
import { readGroupLag } from './consumer-lag';
import type { ServiceMetrics } from './service-metrics';

export interface ConsumerMetricsOptions {
  kafka: Kafka;
  group: string;
  topics: string[];
  closeables: Closeables;
  /** Time with lag and no progress after which /health reports the consumer degraded. */
  stallMs: number;
}

/**
 * Counts and times every event the app's consumer handles, reports its group's lag when scraped,
 * and registers the consumer's health (the same lag, read on demand) for /health.
 */
export function instrumentConsumer(metrics: ServiceMetrics, consumer: EventConsumer, options: ConsumerMetricsOptions) {
  consumer.observe(({ consumer: group, type, outcome, seconds }) =>
    metrics.recordEvent(group, type, outcome, seconds, Date.now()),
  );
  const admin = lazyAdmin(options.kafka, options.closeables);
  const readLag = async () => readGroupLag(await admin(), options.group, options.topics);
  registerConsumerHealth(
    consumer,
    new ConsumerHealth(consumer, async () => (await readLag()).reduce((sum, { lag }) => sum + lag, 0), options.stallMs),
  );
  metrics.gauge(
    'palimpsest_consumer_lag',
    'Messages between the group committed offset and the partition end',
    ['group', 'topic', 'partition'],
    async (gauge) => {
      gauge.reset();
      const lags = await readLag();
      for (const { topic, partition, lag } of lags)
        gauge.set({ group: options.group, topic, partition: String(partition) }, lag);
    },
  );
  metrics.gauge(
    'palimpsest_consumer_dead_lettered',
    'Messages this instance sent to the dead-letter topic',
    ['group'],
    (gauge) => gauge.set({ group: options.group }, consumer.stats.deadLettered),
  );
}

/** One admin connection, opened on first use and closed with the app. */
export function lazyAdmin(kafka: Kafka, closeables: Closeables): () => Promise<Admin> {
  let connected: Promise<Admin> | null = null;
  return () => {
    if (!connected) {
      const admin = kafka.admin();
      connected = admin.connect().then(() => admin);
      connected.catch(() => (connected = null));
      closeables.add('lag metrics admin', () => admin.disconnect());
    }
    return connected;
  };
}
