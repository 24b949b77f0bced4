import { median } from './statistics';

/** Milliseconds from an arbitrary origin; monotonic. */
export type Clock = () => number;

export interface RoundLimits {
  /** A measured round repeats full passes until it lasts this long, so a round of microsecond work is not timer noise. */
  minRoundMs: number;
  /** Full passes before measuring, so the JIT and lazily built caches are warm. */
  warmupRounds: number;
  /** Warm-up stops at this many milliseconds even mid-pass: a slow contender is warm long before it finishes. */
  warmupMaxMs: number;
  minRounds: number;
  maxRounds: number;
  /** No measured round starts when the last one's duration would carry the total past this. */
  maxMs: number;
}

export interface Throughput {
  /** Median over the measured rounds of items per second. */
  perSecond: number;
  rounds: number;
  /** Items per second of each measured round, in order. */
  samples: number[];
  /**
   * Median of items per CPU-second of this process: steadier than wall time
   * when other work shares the machine, slightly pessimistic since V8's GC threads count too.
   */
  perCpuSecond: number;
  /** Sum of what `work` returned over the last measured pass, to compare contenders' output and keep the work observable. */
  outputPerPass: number;
}

export interface ThroughputOptions {
  clock?: Clock;
  /** CPU milliseconds this process has used; by default user plus system time from process.cpuUsage. */
  cpuClock?: Clock;
  /** Called between rounds; by default it yields to the event loop so timers (the memory sampler) can run. */
  pause?: () => Promise<void>;
}

const MAX_PASSES_PER_ROUND = 10_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const processCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Round {
  items: number;
  wallMs: number;
  cpuMs: number;
  output: number;
}

/** Items per second of `work` over every item, as the median of full passes bounded by count and time. */
export async function measureThroughput<T>(
  items: readonly T[],
  work: (item: T) => number,
  limits: RoundLimits,
  options: ThroughputOptions = {},
): Promise<Throughput> {
  if (items.length === 0) throw new RangeError('measureThroughput needs at least one item');
  const clock = options.clock ?? (() => performance.now());
  const cpuClock = options.cpuClock ?? processCpuMs;
  const pause = options.pause ?? yieldToEventLoop;
  await warmUp(items, work, limits, clock, pause);
  const rounds: Round[] = [];
  const started = clock();
  while (rounds.length < limits.maxRounds) {
    const lastRoundMs = rounds.at(-1)?.wallMs ?? 0;
    if (rounds.length >= limits.minRounds && clock() - started + lastRoundMs > limits.maxMs) break;
    rounds.push(runRound(items, work, limits.minRoundMs, clock, cpuClock));
    await pause();
  }
  const samples = rounds.map((round) => (round.items * 1000) / round.wallMs);
  return {
    perSecond: median(samples),
    perCpuSecond: median(rounds.map((round) => (round.items * 1000) / round.cpuMs)),
    rounds: rounds.length,
    samples,
    outputPerPass: rounds.at(-1)?.output ?? 0,
  };
}

function runRound<T>(
  items: readonly T[],
  work: (item: T) => number,
  minRoundMs: number,
  clock: Clock,
  cpuClock: Clock,
): Round {
  const wallStart = clock();
  const cpuStart = cpuClock();
  let passes = 0;
  let output = 0;
  do {
    output = 0;
    for (const item of items) output += work(item);
    passes++;
  } while (clock() - wallStart < minRoundMs && passes < MAX_PASSES_PER_ROUND);
  return {
    items: passes * items.length,
    wallMs: Math.max(clock() - wallStart, Number.EPSILON),
    cpuMs: Math.max(cpuClock() - cpuStart, Number.EPSILON),
    output,
  };
}

async function warmUp<T>(
  items: readonly T[],
  work: (item: T) => number,
  limits: RoundLimits,
  clock: Clock,
  pause: () => Promise<void>,
): Promise<void> {
  const started = clock();
  for (let round = 0; round < limits.warmupRounds; round++) {
    for (const item of items) {
      if (clock() - started > limits.warmupMaxMs) return;
      work(item);
    }
    await pause();
  }
}
