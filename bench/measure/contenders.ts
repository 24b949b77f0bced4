import type { BenchRow } from '../benchmark';
import { formatRatio, formatValue } from '../report/format-number';
import type { RoundLimits, Throughput } from './measure-throughput';
import { measureThroughput } from './measure-throughput';
import { ratio } from './ratio';
import { percentile } from './statistics';

export interface Contender<T> {
  label: string;
  /** Does the work for one item and returns how much it found (figures, changes, hunks). */
  work(item: T): number;
  limits: RoundLimits;
}

export interface Measured {
  label: string;
  throughput: Throughput;
}

/** Measures each contender in turn over the same items, with one progress line per contender. */
export async function measureContenders<T>(
  items: readonly T[],
  contenders: readonly Contender<T>[],
  unit: string,
  progress: (message: string) => void,
): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (const { label, work, limits } of contenders) {
    progress(`${label}: measuring (${items.length} items a round, up to ${limits.maxRounds} rounds)`);
    const throughput = await measureThroughput(items, work, limits);
    progress(`${label}: ${describeThroughput(throughput, unit)}`);
    measured.push({ label, throughput });
  }
  return measured;
}

export function describeThroughput(throughput: Throughput, unit: string): string {
  const { perSecond, perCpuSecond, rounds, samples, outputPerPass } = throughput;
  const spread = `${formatValue(percentile(samples, 0))}..${formatValue(percentile(samples, 100))}`;
  const cpu = `${formatValue(perCpuSecond)} per CPU-second`;
  return `median ${formatValue(perSecond)} ${unit} over ${rounds} rounds (range ${spread}; ${cpu}), ${outputPerPass} found a pass`;
}

/**
 * A row comparing two measured contenders by wall-clock medians; the note says
 * how many rounds each stands on and gives the ratio in CPU time, which load from other processes skews less.
 */
export function throughputRow(
  name: string,
  unit: string,
  subject: Measured,
  baseline: Measured,
  note: string,
): BenchRow {
  return {
    name,
    subject: subject.label,
    subjectValue: subject.throughput.perSecond,
    baseline: baseline.label,
    baselineValue: baseline.throughput.perSecond,
    unit,
    ratio: ratio(subject.throughput.perSecond, baseline.throughput.perSecond),
    note: `${note} Medians of ${subject.throughput.rounds} and ${baseline.throughput.rounds} rounds; per CPU-second ${cpuComparison(subject, baseline)}.`,
  };
}

function cpuComparison(subject: Measured, baseline: Measured): string {
  const [ours, theirs] = [subject, baseline].map((side) => side.throughput.perCpuSecond);
  return `${formatValue(ours)} vs ${formatValue(theirs)} (${formatRatio(ratio(ours, theirs))})`;
}
