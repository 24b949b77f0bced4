import type { RoundLimits } from './measure-throughput';
import { measureThroughput } from './measure-throughput';

/** Clocks that only move when the work under measurement says it took time; CPU time runs at half the wall rate. */
function fakeClock() {
  let now = 0;
  return { clock: () => now, cpuClock: () => now / 2, advance: (ms: number) => (now += ms) };
}

const limits: RoundLimits = {
  minRoundMs: 0,
  warmupRounds: 1,
  warmupMaxMs: 1_000,
  minRounds: 1,
  maxRounds: 5,
  maxMs: 10_000,
};
const noPause = () => Promise.resolve();

describe(measureThroughput.name, () => {
  it('given work of 10 ms per item, when measured, then the median is 100 items per second', async () => {
    const { clock, cpuClock, advance } = fakeClock();
    const result = await measureThroughput([1, 2], () => advance(10) && 1, limits, { clock, cpuClock, pause: noPause });
    expect(result.perSecond).toBeCloseTo(100);
    expect(result.perCpuSecond).toBeCloseTo(200);
    expect(result.rounds).toBe(5);
    expect(result.outputPerPass).toBe(2);
  });

  it('given rounds of different speed, when measured, then the median round is reported', async () => {
    const { clock, advance } = fakeClock();
    const durations = [50 /* warm-up */, 100, 400, 200, 100, 100];
    let call = 0;
    const work = () => advance(durations[call++]) && 0;
    const result = await measureThroughput(['only'], work, limits, { clock, pause: noPause });
    expect(result.samples).toEqual([10, 2.5, 5, 10, 10]);
    expect(result.perSecond).toBe(10);
  });

  it('given slow work, when the next round would pass the time budget, then no further round starts', async () => {
    const { clock, advance } = fakeClock();
    const result = await measureThroughput(
      [1],
      () => advance(4_000),
      { ...limits, warmupRounds: 0 },
      { clock, pause: noPause },
    );
    expect(result.rounds).toBe(2);
  });

  it('given work slower than the budget, when measured, then the minimum number of rounds still runs', async () => {
    const { clock, advance } = fakeClock();
    const bounded = { ...limits, warmupRounds: 0, minRounds: 3, maxMs: 1 };
    const result = await measureThroughput([1], () => advance(50), bounded, { clock, pause: noPause });
    expect(result.rounds).toBe(3);
  });

  it('given a warm-up longer than its budget, when measured, then warm-up stops mid-pass', async () => {
    const { clock, advance } = fakeClock();
    let calls = 0;
    const work = () => {
      calls++;
      return advance(600);
    };
    const bounded = { ...limits, warmupRounds: 3, minRounds: 1, maxRounds: 1 };
    await measureThroughput([1, 2, 3], work, bounded, { clock, pause: noPause });
    expect(calls).toBe(2 + 3);
  });

  it('given a pass shorter than the minimum round, when measured, then a round repeats passes until it lasts long enough', async () => {
    const { clock, advance } = fakeClock();
    let calls = 0;
    const work = () => {
      calls++;
      return advance(30);
    };
    const bounded = { ...limits, warmupRounds: 0, minRoundMs: 100, maxRounds: 1 };
    const result = await measureThroughput([1], work, bounded, { clock, pause: noPause });
    expect(calls).toBe(4);
    expect(result.samples).toEqual([(4 * 1000) / 120]);
  });

  it('given no items, when measured, then it is refused', async () => {
    await expect(measureThroughput([], () => 0, limits)).rejects.toThrow(RangeError);
  });
});
