import type { INestApplication } from '@nestjs/common';
import { openOutboxRelay, openServiceRuntime, startApp, startTextWork } from '@palimpsest/platform';
import { countCaptures } from './captures/capture-metrics';
import type { IngestConfig } from './config';
import { IngestModule } from './ingest.module';
import { IngestResources } from './ingest-resources';
import { CreateIngestLog1732780000000 } from './migrations/1732780000000-create-ingest-log';
import { CreateSources1732780500000 } from './migrations/1732780500000-create-sources';

/** Opens Postgres and Kafka (failing fast with a readable reason), migrates, relays its outbox and serves the capture API. */
export async function bootstrap(config: IngestConfig): Promise<INestApplication> {
  const runtime = await openServiceRuntime({
    app: 'ingest',
    config,
    migrations: [CreateIngestLog1732780000000, CreateSources1732780500000],
    topics: (topics) => [topics.revisions, topics.deadLetter],
  });
  const relay = await openOutboxRelay(runtime, config);
  const textWork = startTextWork(config, runtime.closeables);
  const resources = new IngestResources(config, runtime.dataSource, runtime.topics, textWork);
  return startApp(runtime, IngestModule.register(resources, runtime.closeables), {
    port: config.port,
    docs: {
      title: 'Palimpsest capture API',
      description: 'Captures of report pages, and the sources polled for them.',
    },
    http: { bodyLimitBytes: config.maxCaptureBytes, textTypes: ['text/plain', 'text/html'] },
    health: async () => ({ outbox: await relay.backlog() }),
    instrument: countCaptures,
  });
}
