import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  configureHttpEdges,
  createAppLogger,
  exposeMetrics,
  openServiceRuntime,
  startEventConsumer,
  startTextWork,
} from '@palimpsest/platform';
import { serveApiDocs } from './api-docs';
import { ProjectionConfig } from './config';
import { PROJECTION_MIGRATIONS } from './migrations';
import { ProjectionModule } from './projection.module';
import { ProjectionResources } from './projection-resources';

/** Consumes revisions and analyses into read models and serves the query API. */
export async function bootstrap(config: ProjectionConfig): Promise<INestApplication> {
  const runtime = await openServiceRuntime({
    app: 'projection',
    config,
    schema: 'projection',
    migrations: PROJECTION_MIGRATIONS,
    topics: (topics) => [topics.revisions, topics.analyses, topics.deadLetter],
  });
  const textWork = startTextWork(config, runtime.closeables);
  const resources = new ProjectionResources(config, runtime.dataSource, runtime.topics, runtime.kafka, textWork);
  const consumer = runtime.createConsumer(config.consumerGroup, config.maxAttempts);
  const module = ProjectionModule.register(resources, runtime.closeables, consumer);
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: createAppLogger('projection'),
    bodyParser: false,
  });
  configureHttpEdges(app, { bodyLimitBytes: config.bodyLimitBytes });
  app.enableShutdownHooks();
  const consumed = [runtime.topics.revisions, runtime.topics.analyses];
  exposeMetrics(app, runtime, 'projection', { consumer, group: config.consumerGroup, topics: consumed });
  serveApiDocs(app);
  await startEventConsumer(app, runtime, config.consumerGroup, consumed);
  await app.listen(config.port, config.host);
  return app;
}
