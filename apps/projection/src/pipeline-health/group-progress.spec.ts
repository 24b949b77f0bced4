import { GroupProgress } from './group-progress';

describe(GroupProgress.name, () => {
  it('given a first look, then no rate and no progress time are known', () => {
    const sut = new GroupProgress();
    expect(sut.record('g', 100, 1_000)).toEqual({ eventsPerSecond: null, lastProgressAt: null });
  });

  it('given offsets that moved 50 in 2 seconds, then 25 events per second, progress at the second look', () => {
    const sut = new GroupProgress();
    sut.record('g', 100, 1_000);
    expect(sut.record('g', 150, 3_000)).toEqual({ eventsPerSecond: 25, lastProgressAt: 3_000 });
  });

  it('given offsets that stood still, then 0 per second and the earlier progress time is kept', () => {
    const sut = new GroupProgress();
    sut.record('g', 100, 1_000);
    sut.record('g', 150, 3_000);
    expect(sut.record('g', 150, 5_000)).toEqual({ eventsPerSecond: 0, lastProgressAt: 3_000 });
  });

  it('given two groups, then each is tracked on its own', () => {
    const sut = new GroupProgress();
    sut.record('a', 0, 0);
    sut.record('b', 0, 0);
    expect(sut.record('a', 10, 1_000).eventsPerSecond).toBe(10);
    expect(sut.record('b', 0, 1_000).eventsPerSecond).toBe(0);
  });
});
