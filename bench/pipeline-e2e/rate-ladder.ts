/** What the ladder needs to know of one step to judge it. */
export interface StepFacts {
  ratePerSecond: number;
  /** How long sending was meant to take: captures / rate. */
  plannedSeconds: number;
  /** How long it took: longer when ingest answered slower than the rate offered. */
  sendSeconds: number;
  /** Per place (read model, alerts): sent but not arrived as sending stopped, and whether all arrived in the end. */
  arrivals: Record<string, { backlogAtEnd: number; drained: boolean }>;
}

/** The ladder's rungs: 25/s doubling (25, 50, 100, 200, ...) up to this. */
export const FIRST_RATE = 25;
export const TOP_RATE = 1_600;
/** Tried once when the first rung falls behind, so the summary still names a rate that kept up. */
export const FLOOR_RATE = 10;

/**
 * Up to this many seconds of input may still be on its way when sending stops: latency, not lag.
 * More than that, and the backlog grew during the step.
 */
export const LAG_ALLOWANCE_SECONDS = 2;

/** Sending may overrun its plan by this fraction plus a second before the rate counts as not offered at all. */
const SEND_OVERRUN_FRACTION = 0.1;

/**
 * Kept up: ingest took the captures at the offered rate, no place ended sending with more than
 * LAG_ALLOWANCE_SECONDS of backlog, and every place drained (lag back to zero) after the step.
 */
export function keptUp(step: StepFacts): boolean {
  const offered = step.sendSeconds <= step.plannedSeconds * (1 + SEND_OVERRUN_FRACTION) + 1;
  const arrivals = Object.values(step.arrivals);
  return (
    offered &&
    arrivals.every((arrival) => arrival.drained && arrival.backlogAtEnd <= step.ratePerSecond * LAG_ALLOWANCE_SECONDS)
  );
}

export interface JudgedStep {
  ratePerSecond: number;
  keptUp: boolean;
}

/**
 * The rate to offer next, or null when the ladder is done: doubling while every step keeps up; after
 * the first one falls behind, only the floor, once, if the very first rung failed.
 */
export function nextRate(steps: readonly JudgedStep[]): number | null {
  const last = steps.at(-1);
  if (!last) return FIRST_RATE;
  if (!last.keptUp) return steps.length === 1 && last.ratePerSecond > FLOOR_RATE ? FLOOR_RATE : null;
  const next = last.ratePerSecond * 2;
  return next <= TOP_RATE && steps.every((step) => step.keptUp) ? next : null;
}

/** The highest offered rate that kept up; 0 when none did. */
export function sustainedRate(steps: readonly JudgedStep[]): number {
  return Math.max(0, ...steps.filter((step) => step.keptUp).map((step) => step.ratePerSecond));
}

/** Issue 14 times capture to read model and to alert at this rate, or at the sustained rate when lower. */
export const LATENCY_RATE = 100;

/**
 * The step whose latencies the summary quotes: the one at LATENCY_RATE, or at the sustained rate if
 * lower; when no step kept up, the slowest step measured (its latencies cover only what arrived).
 */
export function latencyStep<Step extends JudgedStep>(steps: readonly Step[]): Step | undefined {
  const sustained = sustainedRate(steps);
  if (sustained === 0) return [...steps].sort((a, b) => a.ratePerSecond - b.ratePerSecond)[0];
  const rate = Math.min(LATENCY_RATE, sustained);
  return steps.find((step) => step.ratePerSecond === rate && step.keptUp);
}

const DEFAULT_STEP_SECONDS = 60;

/** BENCH_STEP_SECONDS: how long each rung is offered; 60 s as issue 14 asks, shorter for a quick run. */
export function readStepSeconds(env: NodeJS.ProcessEnv): number {
  const raw = env.BENCH_STEP_SECONDS?.trim();
  if (!raw) return DEFAULT_STEP_SECONDS;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw new Error(`BENCH_STEP_SECONDS must be a whole number of seconds, at least 1; got "${raw}"`);
  }
  return seconds;
}
