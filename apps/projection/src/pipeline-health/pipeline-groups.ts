import { Topics } from '@palimpsest/contracts';

export interface WatchedGroup {
  app: 'diff' | 'projection' | 'alerts';
  group: string;
  topics: string[];
}

/**
 * The consumer groups of the pipeline, named as each app names its own by
 * default (`<prefix or "palimpsest">.<app>`); the projection's is its configured one.
 */
export function pipelineGroups(topicPrefix: string, projectionGroup: string, topics: Topics): WatchedGroup[] {
  const base = topicPrefix || 'palimpsest';
  return [
    { app: 'diff', group: `${base}.diff`, topics: [topics.revisions] },
    { app: 'projection', group: projectionGroup, topics: [topics.revisions, topics.analyses] },
    { app: 'alerts', group: `${base}.alerts`, topics: [topics.revisions, topics.analyses] },
  ];
}
