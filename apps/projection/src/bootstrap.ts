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
  startTextWork,
} from '@palimpsest/platform';
import { ProjectionConfig } from './config';
import { PROJECTION_MIGRATIONS } from './migrations';
import { ProjectionModule } from './projection.module';
import { ProjectionResources } from './projection-resources';

const QUERY_API =
  'Reports, revisions as recorded, diffs between any two revisions, figures as of an instant on either time axis ' +
  '(effective: what the report said; observed: what we knew), figure history, consistency of stated totals, ' +
  'and the changes feed across reports, with CSV and JSON Lines exports.';

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
  serveApiDocs(app, { title: 'Palimpsest query API', description: QUERY_API });
  await startEventConsumer(app, runtime, config.consumerGroup, consumed);
  await app.listen(config.port, config.host);
  return app;
}
