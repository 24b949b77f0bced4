import type { INestApplication } from '@nestjs/common';
import { openServiceRuntime, startApp, startTextWork } from '@palimpsest/platform';
import type { ProjectionConfig } from './config';
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
    docs: { title: 'Palimpsest query API', description: QUERY_API },
  });
}
