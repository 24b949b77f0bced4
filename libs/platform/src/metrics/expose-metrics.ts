import type { INestApplication } from '@nestjs/common';
import type { AppConsumer, ServiceRuntime } from '../service-runtime';
import { instrumentConsumer } from './instrument-consumer';
import { serveMetrics } from './serve-metrics';
import { ServiceMetrics } from './service-metrics';

/** What startApp sets up for every app: a registry for the app, its consumer observed, GET /metrics served. */
export function exposeMetrics(
  app: INestApplication,
  runtime: ServiceRuntime,
  name: string,
  consuming?: AppConsumer,
): ServiceMetrics {
  const metrics = new ServiceMetrics(name);
  if (consuming) {
    instrumentConsumer(metrics, consuming.consumer, {
      ...consuming,
      kafka: runtime.kafka,
      closeables: runtime.closeables,
      stallMs: runtime.config.consumer.stallMs,
    });
  }
  serveMetrics(app, metrics);
  return metrics;
}
