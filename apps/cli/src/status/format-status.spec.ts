import { formatStatus, isHealthy } from './format-status';
import type { PipelineStatus } from './pipeline-status';

const status: PipelineStatus = {
  checkedAt: '2026-01-01T00:00:00.000Z',
  broker: { reachable: true, detail: '1 broker(s)' },
  database: { reachable: true, detail: 'SELECT 1 answered' },
  groups: [
    {
      app: 'diff',
      group: 'palimpsest.diff',
      state: 'Stable',
      running: true,
      lag: 0,
      partitions: [{ topic: 'palimpsest.revisions.v1', partition: 0, committed: 10, end: 10, lag: 0 }],
      eventsPerSecond: 12.25,
      lastEventAgeSeconds: 0.4,
    },
    {
      app: 'alerts',
      group: 'palimpsest.alerts',
      state: 'Dead',
      running: false,
      lag: 1000,
      partitions: [],
      eventsPerSecond: null,
      lastEventAgeSeconds: null,
    },
  ],
  deadLetters: { topic: 'palimpsest.dead-letter.v1', total: 2 },
};

describe(formatStatus.name, () => {
  it('given two groups, then one row each with lag, rate and age, and the dead-letter count', () => {
    const text = formatStatus(status);
    expect(text).toContain('broker   up    1 broker(s)');
    expect(text).toMatch(/diff\s+palimpsest\.diff\s+Stable\s+0\s+12\.3\s+0\.4 s ago/);
    expect(text).toMatch(/alerts\s+palimpsest\.alerts\s+Dead \(not running\)\s+1000\s+-\s+-/);
    expect(text).toContain('dead letters: 2 on palimpsest.dead-letter.v1');
    expect(text).not.toContain('partition');
  });

  it('given partitions asked for, then each partition has a row', () => {
    expect(formatStatus(status, { partitions: true })).toMatch(
      /palimpsest\.diff\s+palimpsest\.revisions\.v1\s+0\s+10\s+0/,
    );
  });
});

describe(isHealthy.name, () => {
  it('given a group that is not running, then the pipeline is not healthy', () => {
    expect(isHealthy(status)).toBe(false);
    expect(isHealthy({ ...status, groups: [status.groups[0]] })).toBe(true);
  });
});
