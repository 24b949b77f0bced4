import { extendStreak, planSourceFailing } from './plan-source-failing';
import type { WatchedTarget } from '../source';

const target: WatchedTarget = {
  sourceId: 'src_1',
  sourceKind: 'feed',
  sourceUrl: 'https://example.com/feed.xml',
  intervalMs: 1_000,
  url: 'https://example.com/a',
  role: 'page',
  etag: null,
  lastModified: null,
  consecutiveFailures: 2,
  failingSince: '2026-01-01T00:00:00.000Z',
};
const now = '2026-01-01T00:05:00.000Z';

describe(planSourceFailing.name, () => {
  it('given the failure that reaches the threshold, then SourceFailing names the URL, the streak and the error', () => {
    const event = planSourceFailing(target, extendStreak(target, now), 'HTTP 500', now, 3);
    expect(event).toMatchObject({
      type: 'SourceFailing',
      occurredAt: now,
      effectiveAt: '2026-01-01T00:00:00.000Z',
      payload: { sourceId: 'src_1', url: 'https://example.com/a', consecutiveFailures: 3, lastError: 'HTTP 500' },
    });
    expect(event?.reportId).toMatch(/^rpt_/);
  });

  it('given failures below or beyond the threshold, then nothing is emitted', () => {
    expect(planSourceFailing(target, extendStreak(target, now), 'x', now, 4)).toBeNull();
    expect(planSourceFailing(target, extendStreak(target, now), 'x', now, 2)).toBeNull();
  });

  it('given the same streak planned twice, then the event ids are equal', () => {
    const streak = extendStreak(target, now);
    expect(planSourceFailing(target, streak, 'a', now, 3)?.id).toBe(planSourceFailing(target, streak, 'b', now, 3)?.id);
  });
});

describe(extendStreak.name, () => {
  it('given a first failure, then the streak starts now', () => {
    expect(extendStreak({ ...target, consecutiveFailures: 0, failingSince: null }, now)).toEqual({
      consecutiveFailures: 1,
      failingSince: now,
    });
  });
});
