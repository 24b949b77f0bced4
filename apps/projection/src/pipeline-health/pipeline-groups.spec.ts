import { topicNames } from '@palimpsest/contracts';
import { pipelineGroups } from './pipeline-groups';

describe(pipelineGroups.name, () => {
  it('given no prefix, then the default group names and the topics each app reads', () => {
    const groups = pipelineGroups('', 'palimpsest.projection', topicNames(''));
    expect(groups).toEqual([
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
    const groups = pipelineGroups('run1', 'custom.projection', topicNames('run1'));
    expect(groups.map((group) => group.group)).toEqual(['run1.diff', 'custom.projection', 'run1.alerts']);
  });
});
