import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  configureHttpEdges,
  createAppLogger,
  exposeMetrics,
  openServiceRuntime,
  serveApiDocs,
  startTextWork,
} from '@palimpsest/platform';
import { countCaptures } from './captures/capture-metrics';
import { IngestConfig } from './config';
import { IngestModule } from './ingest.module';
import { IngestResources } from './ingest-resources';
import { CreateIngestLog1732780000000 } from './migrations/1732780000000-create-ingest-log';
import { CreateSources1732780500000 } from './migrations/1732780500000-create-sources';

/** Opens Postgres and Kafka (failing fast with a readable reason), migrates, and serves the capture API. */
export async function bootstrap(config: IngestConfig): Promise<INestApplication> {
  const runtime = await openServiceRuntime({
    app: 'ingest',
    config,
    schema: 'ingest',
    migrations: [CreateIngestLog1732780000000, CreateSources1732780500000],
    topics: (topics) => [topics.revisions, topics.deadLetter],
    outbox: { batchSize: config.relayBatchSize },
  });
  const textWork = startTextWork(config, runtime.closeables);
  const resources = new IngestResources(config, runtime.dataSource, runtime.relay!, runtime.topics, textWork);
  const app = await NestFactory.create<NestExpressApplication>(IngestModule.register(resources, runtime.closeables), {
    logger: createAppLogger('ingest'),
    bodyParser: false,
  });
  configureHttpEdges(app, { bodyLimitBytes: config.maxCaptureBytes, textTypes: ['text/plain', 'text/html'] });
  app.enableShutdownHooks();
  countCaptures(app, exposeMetrics(app, runtime, 'ingest'));
  serveApiDocs(app, {
    title: 'Palimpsest capture API',
    description: 'Captures of report pages, and the sources polled for them.',
  });
  await app.listen(config.port, config.host);
  return app;
}
