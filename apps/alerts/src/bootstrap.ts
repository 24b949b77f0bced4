import type { INestApplication } from '@nestjs/common';
import { openServiceRuntime, startApp } from '@palimpsest/platform';
import { countWebhooks } from './deliveries/webhook-metrics';
import { AlertsModule } from './alerts.module';
import { AlertsResources } from './alerts-resources';
import type { AlertsConfig } from './config';
import { deliveriesHealth } from './deliveries/deliveries-health';
import { CreateAlerts1732780300000 } from './migrations/1732780300000-create-alerts';
import { AlertPerRevision1732780400000 } from './migrations/1732780400000-alert-per-revision';

/** Consumes revisions and analyses, decides alerts, delivers signed webhooks; serves the subscriptions API. */
export async function bootstrap(config: AlertsConfig): Promise<INestApplication> {
  const runtime = await openServiceRuntime({
    app: 'alerts',
    config,
    migrations: [CreateAlerts1732780300000, AlertPerRevision1732780400000],
    topics: (topics) => [topics.revisions, topics.analyses, topics.deadLetter],
  });
  const resources = new AlertsResources(config, runtime.dataSource, runtime.kafka, runtime.topics);
  const consuming = runtime.createConsumer(config, [runtime.topics.revisions, runtime.topics.analyses]);
  return startApp(runtime, AlertsModule.register(resources, runtime.closeables, consuming.consumer), {
    port: config.port,
    docs: { title: 'Palimpsest alerts API', description: 'Webhook subscriptions and their deliveries.' },
    http: { bodyLimitBytes: config.bodyLimitBytes },
    consuming,
    health: () => deliveriesHealth(runtime.dataSource),
    instrument: countWebhooks,
  });
}
