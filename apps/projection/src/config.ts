import type { ConsumingApp } from '@palimpsest/contracts';
import { CONSUMING_APPS } from '@palimpsest/contracts';
import type { ConsumingAppConfig, TextWorkConfig } from '@palimpsest/platform';
import { readConfig, readConsumerGroup, readConsumingAppConfig, readTextWorkConfig } from '@palimpsest/platform';

export interface ProjectionConfig extends ConsumingAppConfig, TextWorkConfig {
  /** Every consuming app's group, read from the variables that app reads, for the pipeline health page. */
  pipelineGroups: Record<ConsumingApp, string>;
}

/** The only place projection reads process.env. */
export function readProjectionConfig(env: Record<string, string | undefined>): ProjectionConfig {
  return readConfig('projection', env, (reader) => {
    const app = readConsumingAppConfig(reader, 'projection', { defaultPort: 3000, tokenRequired: false });
    return {
      ...app,
      ...readTextWorkConfig(reader),
      pipelineGroups: Object.fromEntries(
        CONSUMING_APPS.map((name) => [name, readConsumerGroup(reader, name, app.topicPrefix)]),
      ) as Record<ConsumingApp, string>,
    };
  });
}
