import type { BenchRow } from '../benchmark';
import type { BenchExtras } from './pipeline-summary';

export interface MachineFacts {
  node: string;
  platform: string;
  cpuModel: string;
  cores: number;
  totalMemoryMiB: number;
  /** 1, 5 and 15 minute load averages at start: other work on the machine skews every figure. */
  loadAverage: number[];
  /** ISO instant the run started. */
  date: string;
}

export type BenchOutcome =
  | { name: string; status: 'ran'; durationMs: number }
  | { name: string; status: 'skipped'; reason: string }
  | { name: string; status: 'failed'; reason: string; durationMs: number };

/** results.json: the machine, what benchmarks added (the pipeline's summary when it ran), outcomes and rows. */
export interface BenchResults extends BenchExtras {
  machine: MachineFacts;
  outcomes: BenchOutcome[];
  rows: BenchRow[];
}

/** The JSON of dist/bench/results.json; a missing ratio (NaN) is written as null. */
export function resultsJson(results: BenchResults): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

/** One line per benchmark that did not run to the end, so a short table is never mistaken for a complete one. */
export function formatOutcomes(outcomes: readonly BenchOutcome[]): string {
  const lines = outcomes.flatMap((outcome) => {
    if (outcome.status === 'skipped') return [`skipped ${outcome.name}: ${outcome.reason}`];
    if (outcome.status === 'failed') return [`FAILED ${outcome.name}: ${outcome.reason}`];
    return [];
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export function formatMachine(machine: MachineFacts): string {
  const load = machine.loadAverage.map((value) => value.toFixed(2)).join(' ');
  return `Node ${machine.node} on ${machine.platform}, ${machine.cores} x ${machine.cpuModel}, ${machine.totalMemoryMiB} MiB, load ${load}, ${machine.date}\n`;
}
