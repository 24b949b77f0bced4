import type { Benchmark, BenchRow } from '../benchmark';
import { loadEvalCorpus } from '../corpus/eval-corpus';
import { measureContenders, throughputRow } from '../measure/contenders';
import { jsdiffWords, palimpsestAnalyzeAndDiff, palimpsestDiffOnly } from './contenders';

const UNIT = 'pairs/s';

/** Issue 9: revision diff throughput against the `diff` package's word diff on the same eval revision pairs. */
export const textDiffBenchmark: Benchmark = {
  name: 'text-diff',
  async run(context): Promise<BenchRow[]> {
    const { pairs } = loadEvalCorpus(process.env);
    context.progress(`${pairs.length} eval revision pairs, normalised and analysed before timing`);
    const [diffOnly, withAnalysis, words] = await measureContenders(
      pairs,
      [palimpsestDiffOnly, palimpsestAnalyzeAndDiff, jsdiffWords],
      UNIT,
      context.progress,
    );
    const corpus = `${pairs.length} eval revision pairs (tools/eval/dataset/pairs); jsdiff diffs the same documentText.`;
    return [
      throughputRow(
        'diff throughput',
        UNIT,
        diffOnly,
        words,
        `${corpus} Palimpsest: blocks, word hunks, figure changes.`,
      ),
      throughputRow('diff throughput', UNIT, withAnalysis, words, `${corpus} Palimpsest also extracts both sides.`),
    ];
  },
};
