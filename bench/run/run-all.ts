import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertPostgresReachable } from '@palimpsest/platform';
import type { BenchRow, Benchmark } from '../benchmark';
import type { BenchOutcome } from '../report/bench-results';
import { formatMachine, formatOutcomes, resultsJson } from '../report/bench-results';
import { formatTable } from '../report/format-table';
import type { BenchExtras } from '../report/pipeline-summary';
import { formatRevisionProfile, formatSummary } from '../report/pipeline-summary';
import type { BenchEnvironment } from './bench-environment';
import { readMachineFacts } from './machine-facts';
import { memoryRow } from './memory-row';
import { runInChild } from './run-in-child';
import type { Availability } from './skip-reason';
import { skipReason } from './skip-reason';

export interface RunAllOptions {
  benchmarks: readonly Benchmark[];
  environment: BenchEnvironment;
  /** The compiled bench entry, forked once per benchmark. */
  mainPath: string;
  resultsDir: string;
}

/** Runs every selected benchmark in turn, prints the closing table, writes results.json; returns the exit code. */
export async function runAll(options: RunAllOptions): Promise<number> {
  const machine = readMachineFacts(new Date());
  process.stdout.write(formatMachine(machine));
  const selected = select(options.benchmarks, options.environment.only);
  const availability = await checkAvailability(selected, options.environment);
  const rows: BenchRow[] = [];
  const outcomes: BenchOutcome[] = [];
  const extras: BenchExtras = {};
  for (const benchmark of selected) {
    const outcome = await runOne(benchmark, availability, options.mainPath, rows, extras);
    outcomes.push(outcome);
  }
  process.stdout.write(`\n${formatTable(rows)}`);
  if (extras.summary && extras.summaryContext)
    process.stdout.write(`\n${formatSummary(extras.summary, extras.summaryContext)}`);
  if (extras.revisionProfile) process.stdout.write(`\n${formatRevisionProfile(extras.revisionProfile)}`);
  process.stdout.write(formatOutcomes(outcomes));
  mkdirSync(options.resultsDir, { recursive: true });
  const resultsPath = join(options.resultsDir, 'results.json');
  writeFileSync(resultsPath, resultsJson({ machine, ...extras, outcomes, rows }));
  process.stdout.write(`Results with machine facts: ${resultsPath}\n`);
  return outcomes.some((outcome) => outcome.status === 'failed') ? 1 : 0;
}

async function runOne(
  benchmark: Benchmark,
  availability: Availability,
  mainPath: string,
  rows: BenchRow[],
  extras: BenchExtras,
): Promise<BenchOutcome> {
  const reason = skipReason(benchmark.needs ?? [], availability);
  if (reason) {
    process.stdout.write(`skipping ${benchmark.name}: ${reason}\n`);
    return { name: benchmark.name, status: 'skipped', reason };
  }
  process.stdout.write(`running ${benchmark.name}\n`);
  const started = performance.now();
  const report = await runInChild(mainPath, benchmark.name, benchmark.timeoutMs);
  const durationMs = Math.round(performance.now() - started);
  if (!report.ok) {
    process.stdout.write(`${benchmark.name} failed: ${report.error}\n`);
    return { name: benchmark.name, status: 'failed', reason: report.error.split('\n')[0], durationMs };
  }
  rows.push(...report.rows, memoryRow(benchmark.name, report.memory));
  Object.assign(extras, report.extras);
  process.stdout.write(`${benchmark.name} done in ${(durationMs / 1000).toFixed(1)} s\n`);
  return { name: benchmark.name, status: 'ran', durationMs };
}

function select(benchmarks: readonly Benchmark[], only: readonly string[]): readonly Benchmark[] {
  const unknown = only.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name));
  if (unknown.length > 0) {
    const known = benchmarks.map((benchmark) => benchmark.name).join(', ');
    throw new Error(`unknown benchmark ${unknown.join(', ')} (known: ${known})`);
  }
  return only.length === 0 ? benchmarks : benchmarks.filter((benchmark) => only.includes(benchmark.name));
}

/** Postgres is only contacted when a selected benchmark needs it. */
async function checkAvailability(selected: readonly Benchmark[], environment: BenchEnvironment): Promise<Availability> {
  let postgresProblem: string | null = null;
  if (selected.some((benchmark) => benchmark.needs?.includes('postgres'))) {
    postgresProblem = await assertPostgresReachable(`${environment.databaseServer}/postgres`).then(
      () => null,
      (error: Error) => error.message,
    );
  }
  return { kafkaBrokers: environment.kafkaBrokers, postgresProblem };
}
