import { adversarialTextBenchmark } from './adversarial-text';
import type { Benchmark } from './benchmark';
import { historyQueriesBenchmark } from './history-queries';
import { pipelineE2eBenchmark } from './pipeline-e2e';
import { rawLimitsBenchmark } from './raw-limits';
import { textDiffBenchmark } from './text-diff';
import { textExtractionBenchmark } from './text-extraction';

/** Every benchmark `npm run bench` runs, in this order; add one by importing its folder's `index.ts` and listing it. */
export const benchmarks: readonly Benchmark[] = [
  textExtractionBenchmark,
  textDiffBenchmark,
  adversarialTextBenchmark,
  historyQueriesBenchmark,
  rawLimitsBenchmark,
  pipelineE2eBenchmark,
];
