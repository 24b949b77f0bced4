/** The apps that consume the pipeline's topics, each in a consumer group of its own. */
export const CONSUMING_APPS = ['diff', 'projection', 'alerts'] as const;
export type ConsumingApp = (typeof CONSUMING_APPS)[number];

/**
 * The group `app` joins unless its `<APP>_CONSUMER_GROUP` names another: `<prefix or "palimpsest">.<app>`.
 * The app itself and the projection's pipeline health both name groups through this.
 */
export function defaultConsumerGroup(topicPrefix: string, app: ConsumingApp): string {
  return `${topicPrefix || 'palimpsest'}.${app}`;
}
