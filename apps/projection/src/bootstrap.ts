import { INestApplication } from '@nestjs/common';
import { openServiceRuntime, startApp, startTextWork } from '@palimpsest/platform';
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
    migrations: PROJECTION_MIGRATIONS,
    topics: (topics) => [topics.revisions, topics.analyses, topics.deadLetter],
  });
  const textWork = startTextWork(config, runtime.closeables);
  const resources = new ProjectionResources(config, runtime.dataSource, runtime.topics, runtime.kafka, textWork);
  const consuming = runtime.createConsumer(config, [runtime.topics.revisions, runtime.topics.analyses]);
  return startApp(runtime, ProjectionModule.register(resources, runtime.closeables, consuming.consumer), {
    port: config.port,
    http: { bodyLimitBytes: config.bodyLimitBytes },
    consuming,
    docs: serveApiDocs,
  });
}
