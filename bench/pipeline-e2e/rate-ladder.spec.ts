import type { StepFacts } from './rate-ladder';
import {
  FIRST_RATE,
  FLOOR_RATE,
  keptUp,
  latencyStep,
  nextRate,
  readStepSeconds,
  sustainedRate,
  TOP_RATE,
} from './rate-ladder';

function step(overrides: Partial<StepFacts> = {}): StepFacts {
  return {
    ratePerSecond: 100,
    plannedSeconds: 60,
    sendSeconds: 60.2,
    arrivals: { readModel: { backlogAtEnd: 40, drained: true }, alerts: { backlogAtEnd: 80, drained: true } },
    ...overrides,
  };
}

describe(keptUp.name, () => {
  it('given a step sent on time whose places drained with a backlog under two seconds of input, then it kept up', () => {
    expect(keptUp(step())).toBe(true);
  });

  it('given one place that did not drain after the step, then it fell behind', () => {
    const arrivals = { readModel: { backlogAtEnd: 40, drained: true }, alerts: { backlogAtEnd: 80, drained: false } };
    expect(keptUp(step({ arrivals }))).toBe(false);
  });

  it('given a backlog of more than two seconds of input as sending stopped, then lag grew and it fell behind', () => {
    const arrivals = { readModel: { backlogAtEnd: 201, drained: true } };
    expect(keptUp(step({ arrivals }))).toBe(false);
    expect(keptUp(step({ arrivals: { readModel: { backlogAtEnd: 200, drained: true } } }))).toBe(true);
  });

  it('given sending that overran its plan by more than a tenth and a second, then the rate was not offered', () => {
    expect(keptUp(step({ sendSeconds: 67.1 }))).toBe(false);
    expect(keptUp(step({ sendSeconds: 66.9 }))).toBe(true);
  });
});

describe(nextRate.name, () => {
  it('given no step yet, then the ladder starts at its first rate', () => {
    expect(nextRate([])).toBe(FIRST_RATE);
  });

  it('given a step that kept up, then the next offers twice its rate', () => {
    expect(nextRate([{ ratePerSecond: 25, keptUp: true }])).toBe(50);
    expect(
      nextRate([
        { ratePerSecond: 25, keptUp: true },
        { ratePerSecond: 50, keptUp: true },
        { ratePerSecond: 100, keptUp: true },
      ]),
    ).toBe(200);
  });

  it('given a step that fell behind after one that kept up, then the ladder stops', () => {
    expect(
      nextRate([
        { ratePerSecond: 25, keptUp: true },
        { ratePerSecond: 50, keptUp: false },
      ]),
    ).toBeNull();
  });

  it('given the first step fell behind, then the floor rate is tried once, and the ladder stops after it', () => {
    expect(nextRate([{ ratePerSecond: FIRST_RATE, keptUp: false }])).toBe(FLOOR_RATE);
    expect(
      nextRate([
        { ratePerSecond: FIRST_RATE, keptUp: false },
        { ratePerSecond: FLOOR_RATE, keptUp: true },
      ]),
    ).toBeNull();
  });

  it('given the top rate kept up, then the ladder stops there', () => {
    expect(nextRate([{ ratePerSecond: TOP_RATE, keptUp: true }])).toBeNull();
  });
});

describe(sustainedRate.name, () => {
  it('given steps up to one that fell behind, then the sustained rate is the highest that kept up', () => {
    expect(
      sustainedRate([
        { ratePerSecond: 25, keptUp: true },
        { ratePerSecond: 50, keptUp: true },
        { ratePerSecond: 100, keptUp: false },
      ]),
    ).toBe(50);
  });

  it('given no step kept up, then it is 0', () => {
    expect(sustainedRate([{ ratePerSecond: 25, keptUp: false }])).toBe(0);
  });
});

describe(latencyStep.name, () => {
  const ladder = (rates: number[], failedAt: number | null) =>
    rates.map((ratePerSecond) => ({ ratePerSecond, keptUp: ratePerSecond !== failedAt }));

  it('given the pipeline kept up beyond 100/s, then latencies come from the 100/s step', () => {
    expect(latencyStep(ladder([25, 50, 100, 200, 400], 400))?.ratePerSecond).toBe(100);
  });

  it('given it fell behind at 100/s, then latencies come from the sustained rate, 50/s', () => {
    expect(latencyStep(ladder([25, 50, 100], 100))?.ratePerSecond).toBe(50);
  });

  it('given no step kept up, then latencies come from the slowest step measured', () => {
    expect(
      latencyStep([
        { ratePerSecond: 25, keptUp: false },
        { ratePerSecond: 10, keptUp: false },
      ])?.ratePerSecond,
    ).toBe(10);
  });
});

describe(readStepSeconds.name, () => {
  it('given no BENCH_STEP_SECONDS, then each step lasts 60 s', () => {
    expect(readStepSeconds({})).toBe(60);
  });

  it('given BENCH_STEP_SECONDS=10, then each step lasts 10 s', () => {
    expect(readStepSeconds({ BENCH_STEP_SECONDS: '10' })).toBe(10);
  });

  it('given a value that is not a whole positive number of seconds, then it is refused with the variable named', () => {
    expect(() => readStepSeconds({ BENCH_STEP_SECONDS: '0.5' })).toThrow(/BENCH_STEP_SECONDS/);
    expect(() => readStepSeconds({ BENCH_STEP_SECONDS: 'fast' })).toThrow(/BENCH_STEP_SECONDS/);
  });
});
