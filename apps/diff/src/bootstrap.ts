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
import { DiffConfig } from './config';
import { DiffModule } from './diff.module';
import { DiffResources } from './diff-resources';
import { CreateDiffAnalyses1732780100000 } from './migrations/1732780100000-create-diff-analyses';

/** Consumes revisions, derives figures and diffs, and relays the results; serves /health. */
export async function bootstrap(config: DiffConfig): Promise<INestApplication> {
  const runtime = await openServiceRuntime({
    app: 'diff',
    config,
    schema: 'diff',
    migrations: [CreateDiffAnalyses1732780100000],
    topics: (topics) => [topics.revisions, topics.analyses, topics.deadLetter],
    outbox: { batchSize: config.relayBatchSize },
  });
  const textWork = startTextWork(config, runtime.closeables);
  const resources = new DiffResources(config, runtime.dataSource, runtime.topics, runtime.kafka, textWork);
  const consumer = runtime.createConsumer(config.consumerGroup, config.maxAttempts);
  const module = DiffModule.register(resources, runtime.closeables, consumer);
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: createAppLogger('diff'),
    bodyParser: false,
  });
  configureHttpEdges(app, { bodyLimitBytes: config.bodyLimitBytes });
  app.enableShutdownHooks();
  const consumed = [runtime.topics.revisions];
  exposeMetrics(app, runtime, 'diff', { consumer, group: config.consumerGroup, topics: consumed });
  serveApiDocs(app, { title: 'Palimpsest diff API', description: 'Re-analysis of recorded revisions.' });
  await startEventConsumer(app, runtime, config.consumerGroup, consumed);
  await app.listen(config.port, config.host);
  return app;
}
