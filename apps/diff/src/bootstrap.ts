import type { INestApplication } from '@nestjs/common';
import { openOutboxRelay, openServiceRuntime, startApp, startTextWork } from '@palimpsest/platform';
import type { DiffConfig } from './config';
import { DiffModule } from './diff.module';
import { DiffResources } from './diff-resources';
import { CreateDiffAnalyses1732780100000 } from './migrations/1732780100000-create-diff-analyses';

/** Consumes revisions, derives figures and diffs, and relays the results; serves /health. */
export async function bootstrap(config: DiffConfig): Promise<INestApplication> {
  const runtime = await openServiceRuntime({
    app: 'diff',
    config,
    migrations: [CreateDiffAnalyses1732780100000],
    topics: (topics) => [topics.revisions, topics.analyses, topics.deadLetter],
  });
  const relay = await openOutboxRelay(runtime, config);
  const textWork = startTextWork(config, runtime.closeables);
  const resources = new DiffResources(config, runtime.dataSource, runtime.topics, runtime.kafka, textWork);
  const consuming = runtime.createConsumer(config, [runtime.topics.revisions]);
  return startApp(runtime, DiffModule.register(resources, runtime.closeables, consuming.consumer), {
    port: config.port,
    docs: { title: 'Palimpsest diff API', description: 'Re-analysis of recorded revisions.' },
    http: { bodyLimitBytes: config.bodyLimitBytes },
    consuming,
    health: async () => ({ outbox: await relay.backlog() }),
  });
}
