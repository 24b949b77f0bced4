import type { ConsumingApp, Topics } from '@palimpsest/contracts';

export interface WatchedGroup {
  app: ConsumingApp;
  group: string;
  topics: string[];
}

/**
 * The consumer groups of the pipeline and the topics each reads. `groups` are read from the same
 * variables the apps read (`<APP>_CONSUMER_GROUP`, else defaultConsumerGroup), so a renamed
 * group is watched, not guessed.
 */
export function pipelineGroups(groups: Record<ConsumingApp, string>, topics: Topics): WatchedGroup[] {
  return [
    { app: 'diff', group: groups.diff, topics: [topics.revisions] },
    { app: 'projection', group: groups.projection, topics: [topics.revisions, topics.analyses] },
    { app: 'alerts', group: groups.alerts, topics: [topics.revisions, topics.analyses] },
  ];
}
