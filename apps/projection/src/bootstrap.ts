import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createAppLogger, openServiceRuntime, startEventConsumer } from '@palimpsest/platform';
import { serveApiDocs } from './api-docs';
import { ProjectionConfig } from './config';
import { CreateReadModelsV11732780200000 } from './migrations/1732780200000-create-read-models-v1';
import { CreateHistoryReadModelsV11732780300000 } from './migrations/1732780300000-create-history-read-models-v1';
import { ProjectionModule } from './projection.module';
import { ProjectionResources } from './projection-resources';

/** Consumes revisions and analyses into read models and serves the query API. */
export async function bootstrap(config: ProjectionConfig): Promise<INestApplication> {
  const runtime = await openServiceRuntime({
    app: 'projection',
    config,
    schema: 'projection',
    migrations: [CreateReadModelsV11732780200000, CreateHistoryReadModelsV11732780300000],
    topics: (topics) => [topics.revisions, topics.analyses, topics.deadLetter],
  });
  const resources = new ProjectionResources(config, runtime.dataSource, runtime.topics);
  const consumer = runtime.createConsumer(config.consumerGroup, config.maxAttempts);
  const app = await NestFactory.create(ProjectionModule.register(resources, runtime.closeables, consumer), {
    logger: createAppLogger('projection'),
  });
  app.enableShutdownHooks();
  serveApiDocs(app);
  await startEventConsumer(app, runtime, config.consumerGroup);
  await app.listen(config.port, config.host);
  return app;
}
