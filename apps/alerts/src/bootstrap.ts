import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  configureHttpEdges,
  createAppLogger,
  exposeMetrics,
  openServiceRuntime,
  serveApiDocs,
  startEventConsumer,
} from '@palimpsest/platform';
import { countWebhooks } from './deliveries/webhook-metrics';
import { AlertsModule } from './alerts.module';
import { AlertsResources } from './alerts-resources';
import { AlertsConfig } from './config';
import { CreateAlerts1732780300000 } from './migrations/1732780300000-create-alerts';
import { AlertPerRevision1732780400000 } from './migrations/1732780400000-alert-per-revision';

/** Consumes revisions and analyses, decides alerts, delivers signed webhooks; serves the subscriptions API. */
export async function bootstrap(config: AlertsConfig): Promise<INestApplication> {
  const runtime = await openServiceRuntime({
    app: 'alerts',
    config,
    schema: 'alerts',
    migrations: [CreateAlerts1732780300000, AlertPerRevision1732780400000],
    topics: (topics) => [topics.revisions, topics.analyses, topics.deadLetter],
  });
  const resources = new AlertsResources(config, runtime.dataSource, runtime.kafka, runtime.topics);
  const consumer = runtime.createConsumer(config.consumerGroup, config.consumerMaxAttempts);
  const module = AlertsModule.register(resources, runtime.closeables, consumer);
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: createAppLogger('alerts'),
    bodyParser: false,
  });
  configureHttpEdges(app, { bodyLimitBytes: config.bodyLimitBytes });
  app.enableShutdownHooks();
  const consumed = [runtime.topics.revisions, runtime.topics.analyses];
  countWebhooks(
    app,
    exposeMetrics(app, runtime, 'alerts', { consumer, group: config.consumerGroup, topics: consumed }),
  );
  serveApiDocs(app, { title: 'Palimpsest alerts API', description: 'Webhook subscriptions and their deliveries.' });
  await startEventConsumer(app, runtime, config.consumerGroup, consumed);
  await app.listen(config.port, config.host);
  return app;
}
