import type { ConsumingApp } from '@palimpsest/contracts';
import type { ConsumerGroupConfig } from './consumer-config';
import { readConsumerGroupConfig } from './consumer-config';
import type { EnvReader } from './env-reader';
import type { EdgeConfig } from './http/edge-config';
import { readBodyLimit, readEdgeConfig } from './http/edge-config';
import type { SharedConfig } from './shared-config';
import { readSharedConfig } from './shared-config';

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
