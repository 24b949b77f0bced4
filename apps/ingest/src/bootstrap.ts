import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createAppLogger, openServiceRuntime } from '@palimpsest/platform';
import { IngestConfig } from './config';
import { IngestModule } from './ingest.module';
import { IngestResources } from './ingest-resources';
import { CreateIngestLog1732780000000 } from './migrations/1732780000000-create-ingest-log';

/** Opens Postgres and Kafka (failing fast with a readable reason), migrates, and serves the capture API. */
export async function bootstrap(config: IngestConfig): Promise<INestApplication> {
  const runtime = await openServiceRuntime({
    app: 'ingest',
    config,
    schema: 'ingest',
    migrations: [CreateIngestLog1732780000000],
    topics: (topics) => [topics.revisions, topics.deadLetter],
    outbox: { batchSize: config.relayBatchSize },
  });
  const resources = new IngestResources(config, runtime.dataSource, runtime.relay!, runtime.topics);
  const app = await NestFactory.create<NestExpressApplication>(IngestModule.register(resources, runtime.closeables), {
    logger: createAppLogger('ingest'),
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: config.maxCaptureBytes });
  app.useBodyParser('text', { limit: config.maxCaptureBytes, type: ['text/plain', 'text/html'] });
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  return app;
}
