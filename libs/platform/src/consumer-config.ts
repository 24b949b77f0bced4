import type { ConsumingApp } from '@palimpsest/contracts';
import { defaultConsumerGroup } from '@palimpsest/contracts';
import type { EnvReader } from './env-reader';

/** How a consuming app joins its group and how long it retries before dead-lettering. */
export interface ConsumerGroupConfig {
  consumerGroup: string;
  /** Attempts for a failure that can clear (connection, deadlock ...) before the event is dead-lettered. */
  consumerMaxAttempts: number;
}

/** `<APP>_CONSUMER_GROUP`, else the default name: what `app` joins, read alike by the app and by pipeline health. */
export function readConsumerGroup(env: EnvReader, app: ConsumingApp, topicPrefix: string): string {
  return env.string(`${app.toUpperCase()}_CONSUMER_GROUP`, defaultConsumerGroup(topicPrefix, app));
}

export function readConsumerGroupConfig(env: EnvReader, app: ConsumingApp, topicPrefix: string): ConsumerGroupConfig {
  return {
    consumerGroup: readConsumerGroup(env, app, topicPrefix),
    consumerMaxAttempts: env.integer('CONSUMER_MAX_ATTEMPTS', 8, { min: 1 }),
  };
}
