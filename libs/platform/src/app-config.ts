import { ConsumingApp } from '@palimpsest/contracts';
import { ConsumerGroupConfig, readConsumerGroupConfig } from './consumer-config';
import { EnvReader } from './env-reader';
import { EdgeConfig, readBodyLimit, readEdgeConfig } from './http/edge-config';
import { readSharedConfig, SharedConfig } from './shared-config';

/** What every app reads alike: the shared settings, its HTTP port (`<APP>_PORT`), its token and rate limit. */
export interface AppConfig extends SharedConfig, EdgeConfig {
  port: number;
}

/** An app that consumes adds its group, its attempts and BODY_MAX_BYTES (its request bodies are small JSON). */
export interface ConsumingAppConfig extends AppConfig, ConsumerGroupConfig {
  bodyLimitBytes: number;
}

export interface AppConfigOptions {
  defaultPort: number;
  /** Apps whose API is mostly writes (ingest, alerts) refuse to start without API_TOKEN. */
  tokenRequired: boolean;
}

export function readAppConfig(
  env: EnvReader,
  app: string,
  { defaultPort, tokenRequired }: AppConfigOptions,
): AppConfig {
  return {
    ...readSharedConfig(env),
    port: env.port(`${app.toUpperCase()}_PORT`, defaultPort),
    ...readEdgeConfig(env, { tokenRequired }),
  };
}

export function readConsumingAppConfig(
  env: EnvReader,
  app: ConsumingApp,
  options: AppConfigOptions,
): ConsumingAppConfig {
  const config = readAppConfig(env, app, options);
  return {
    ...config,
    ...readConsumerGroupConfig(env, app, config.topicPrefix),
    bodyLimitBytes: readBodyLimit(env),
  };
}
