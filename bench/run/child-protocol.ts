import type { BenchRow } from '../benchmark';
import type { BenchExtras } from '../report/pipeline-summary';
import type { MemoryFacts } from './memory-row';

/** The flag that makes `dist/bench/main.js` run one benchmark in this process and report to its parent. */
export const CHILD_FLAG = '--child';

/** What a benchmark process sends back over IPC (advanced serialization, so NaN survives). */
export type ChildReport =
  { ok: true; rows: BenchRow[]; memory: MemoryFacts; extras: BenchExtras } | { ok: false; error: string };
