import { CONSUMING_APPS, ConsumingApp } from '@palimpsest/contracts';
import {
  ConsumerGroupConfig,
  EdgeConfig,
  EnvReader,
  readBodyLimit,
  readConsumerGroup,
  readConsumerGroupConfig,
  readEdgeConfig,
  readSharedConfig,
  readTextWorkConfig,
  SharedConfig,
  TextWorkConfig,
} from '@palimpsest/platform';

export interface ProjectionConfig extends SharedConfig, EdgeConfig, TextWorkConfig, ConsumerGroupConfig {
  /** Largest request body accepted by its write endpoints. */
  bodyLimitBytes: number;
  port: number;
  /** Every consuming app's group, read from the variables that app reads, for the pipeline health page. */
  pipelineGroups: Record<ConsumingApp, string>;
}

/** The only place projection reads process.env. */
export function readProjectionConfig(env: Record<string, string | undefined>): ProjectionConfig {
  const reader = new EnvReader(env);
  const shared = readSharedConfig(reader);
  const pipelineGroups = Object.fromEntries(
    CONSUMING_APPS.map((app) => [app, readConsumerGroup(reader, app, shared.topicPrefix)]),
  ) as Record<ConsumingApp, string>;
  const config = {
    ...shared,
    ...readTextWorkConfig(reader),
    ...readConsumerGroupConfig(reader, 'projection', shared.topicPrefix),
    port: reader.port('PROJECTION_PORT', 3000),
    ...readEdgeConfig(reader, { tokenRequired: false }),
    bodyLimitBytes: readBodyLimit(reader),
    pipelineGroups,
  };
  reader.done('projection');
  return config;
}
