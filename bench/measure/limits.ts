import type { RoundLimits } from './measure-throughput';

/** For work of milliseconds a pass: many short rounds. */
export const FAST_LIMITS: RoundLimits = {
  minRoundMs: 150,
  warmupRounds: 3,
  warmupMaxMs: 5_000,
  minRounds: 5,
  maxRounds: 30,
  maxMs: 5_000,
};

/** For work of seconds a pass (Recognizers-Text): a few rounds, so the whole bench stays well under 10 minutes. */
export const SLOW_LIMITS: RoundLimits = {
  minRoundMs: 0,
  warmupRounds: 1,
  warmupMaxMs: 10_000,
  minRounds: 3,
  maxRounds: 5,
  maxMs: 30_000,
};
