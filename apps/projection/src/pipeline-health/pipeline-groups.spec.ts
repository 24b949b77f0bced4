import { topicNames } from '@palimpsest/contracts';
import { readProjectionConfig } from '../config';
import { pipelineGroups } from './pipeline-groups';

const watchedBy = (env: Record<string, string>) => {
  const config = readProjectionConfig(env);
  return pipelineGroups(config.pipelineGroups, topicNames(config.topicPrefix));
};

describe(pipelineGroups.name, () => {
  it('given no prefix, then the default group names and the topics each app reads', () => {
    expect(watchedBy({})).toEqual([
      { app: 'diff', group: 'palimpsest.diff', topics: ['palimpsest.revisions.v1'] },
      {
        app: 'projection',
        group: 'palimpsest.projection',
        topics: ['palimpsest.revisions.v1', 'palimpsest.analyses.v1'],
      },
      { app: 'alerts', group: 'palimpsest.alerts', topics: ['palimpsest.revisions.v1', 'palimpsest.analyses.v1'] },
    ]);
  });

  it('given a prefix, then groups carry it as the apps name them', () => {
    const groups = watchedBy({ KAFKA_TOPIC_PREFIX: 'run1', PROJECTION_CONSUMER_GROUP: 'custom.projection' });
    expect(groups.map((group) => group.group)).toEqual(['run1.diff', 'custom.projection', 'run1.alerts']);
  });

  it('given DIFF_CONSUMER_GROUP and ALERTS_CONSUMER_GROUP, then those groups are watched, not the default names', () => {
    const groups = watchedBy({
      KAFKA_TOPIC_PREFIX: 'run1',
      DIFF_CONSUMER_GROUP: 'custom.diff',
      ALERTS_CONSUMER_GROUP: 'custom.alerts',
    });
    expect(groups.map((group) => group.group)).toEqual(['custom.diff', 'run1.projection', 'custom.alerts']);
  });

  it('given the projection group, then it is the group the projection itself joins', () => {
    const config = readProjectionConfig({ PROJECTION_CONSUMER_GROUP: 'own.projection' });
    expect(config.pipelineGroups.projection).toBe(config.consumerGroup);
  });
});
