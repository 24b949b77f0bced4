import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createAppLogger, openServiceRuntime, startEventConsumer } from '@palimpsest/platform';
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
  const resources = new DiffResources(config, runtime.dataSource, runtime.relay!, runtime.topics);
  const consumer = runtime.createConsumer(config.consumerGroup, config.maxAttempts);
  const app = await NestFactory.create(DiffModule.register(resources, runtime.closeables, consumer), {
    logger: createAppLogger('diff'),
  });
  app.enableShutdownHooks();
  await startEventConsumer(app, runtime, config.consumerGroup);
  await app.listen(config.port, config.host);
  return app;
}
