import type { BenchRow } from '../benchmark';
import { ratio } from '../measure/ratio';

export interface MemoryFacts {
  /** RSS of the benchmark's own process once its modules were loaded, before it ran, in bytes. */
  startRss: number;
  /** Highest RSS seen while it ran, in bytes. */
  peakRss: number;
}

const MIB = 1024 * 1024;

/** Issue 9's peak-memory row: each benchmark runs in a process of its own, compared with that process idle. */
export function memoryRow(benchmarkName: string, memory: MemoryFacts): BenchRow {
  const subjectValue = memory.peakRss / MIB;
  const baselineValue = memory.startRss / MIB;
  return {
    name: `peak RSS, ${benchmarkName}`,
    subject: 'bench process while running',
    subjectValue,
    baseline: 'same process idle at start',
    baselineValue,
    unit: 'MiB',
    ratio: ratio(subjectValue, baselineValue),
    note: 'peak RSS: process.memoryUsage().rss sampled every 100 ms and at each progress line, or getrusage maxRSS if higher; lower is better.',
  };
}
