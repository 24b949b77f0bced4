import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createAppLogger, openServiceRuntime, startEventConsumer } from '@palimpsest/platform';
import { AlertsModule } from './alerts.module';
import { AlertsResources } from './alerts-resources';
import { AlertsConfig } from './config';
import { CreateAlerts1732780300000 } from './migrations/1732780300000-create-alerts';

/** Consumes revisions and analyses, decides alerts, delivers signed webhooks; serves the subscriptions API. */
export async function bootstrap(config: AlertsConfig): Promise<INestApplication> {
  const runtime = await openServiceRuntime({
    app: 'alerts',
    config,
    schema: 'alerts',
    migrations: [CreateAlerts1732780300000],
    topics: (topics) => [topics.revisions, topics.analyses, topics.deadLetter],
  });
  const resources = new AlertsResources(config, runtime.dataSource, runtime.kafka, runtime.topics);
  const consumer = runtime.createConsumer(config.consumerGroup, config.consumerMaxAttempts);
  const app = await NestFactory.create(AlertsModule.register(resources, runtime.closeables, consumer), {
    logger: createAppLogger('alerts'),
  });
  app.enableShutdownHooks();
  await startEventConsumer(app, runtime, config.consumerGroup);
  await app.listen(config.port, config.host);
  return app;
}
