import type { BenchExtras } from './report/pipeline-summary';

/**
 * Every figure `npm run bench` reports stands next to a baseline measured in
 * the same run on the same machine, and is reported as a ratio to it.
 */
export interface BenchRow {
  /** What was measured, e.g. "extraction throughput". */
  name: string;
  subject: string;
  subjectValue: number;
  baseline: string;
  baselineValue: number;
  /** e.g. "docs/s", "ms p50", "MiB". */
  unit: string;
  /** subjectValue / baselineValue. */
  ratio: number;
  note?: string;
}

export interface BenchContext {
  /** Set when a broker is available (npm run bench starts one). */
  kafkaBrokers: string | undefined;
  /** postgres://user@host:port, without a database: benchmarks create and drop their own. */
  databaseServer: string;
  /** One line of progress for long work. */
  progress(message: string): void;
  /** Adds fields to results.json beside the rows (the pipeline's summary and profile). */
  record(extras: BenchExtras): void;
}

/** A service a benchmark cannot run without; when one is missing the runner skips it and prints why. */
export type BenchNeed = 'kafka' | 'postgres';

export interface Benchmark {
  name: string;
  needs?: readonly BenchNeed[];
  /** How long its process may run before the runner stops it; DEFAULT_BENCHMARK_TIMEOUT_MS when unset. */
  timeoutMs?: number;
  run(context: BenchContext): Promise<BenchRow[]>;
}
