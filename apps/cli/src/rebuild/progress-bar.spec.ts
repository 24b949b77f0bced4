import { renderProgress } from './progress-bar';

describe(renderProgress.name, () => {
  it('given half the events applied, then half the bar is filled with the counts and the rate', () => {
    expect(renderProgress({ appliedEvents: 250, totalEvents: 500, eventsPerSecond: 812 }, 10)).toBe(
      '[#####-----]  50% 250/500 events, 812 events/s',
    );
  });

  it('given an empty log, then the bar is full', () => {
    expect(renderProgress({ appliedEvents: 0, totalEvents: 0, eventsPerSecond: null }, 4)).toBe(
      '[####] 100% 0/0 events',
    );
  });

  it('given more applied than counted at the start, then the bar stops at 100 %', () => {
    expect(renderProgress({ appliedEvents: 7, totalEvents: 5, eventsPerSecond: 3 }, 4)).toBe(
      '[####] 100% 7/5 events, 3 events/s',
    );
  });
});
