import type { Benchmark, BenchRow } from '../benchmark';
import { loadEvalCorpus } from '../corpus/eval-corpus';
import { measureContenders, throughputRow } from '../measure/contenders';
import {
  palimpsestExtractionOnly,
  palimpsestFromCapture,
  recognizersEvalSetup,
  recognizersThreeModels,
} from './contenders';

const UNIT = 'docs/s';

/** Issue 3 and 9: figure extraction throughput against Recognizers-Text on the labelled eval documents. */
export const textExtractionBenchmark: Benchmark = {
  name: 'text-extraction',
  async run(context): Promise<BenchRow[]> {
    const { documents } = loadEvalCorpus(process.env);
    const blocks = documents.reduce((sum, document) => sum + document.blocks.length, 0);
    context.progress(`${documents.length} eval documents, ${blocks} body blocks; building the peer's models`);
    recognizersEvalSetup.work(documents[0]);
    const [fromCapture, extractionOnly, evalSetup, threeModels] = await measureContenders(
      documents,
      [palimpsestFromCapture, palimpsestExtractionOnly, recognizersEvalSetup, recognizersThreeModels],
      UNIT,
      context.progress,
    );
    const corpus = `${documents.length} labelled eval documents (tools/eval/dataset/docs), one round a pass over all.`;
    const peerInput = 'The peer gets the normalised body text block by block for free, as in npm run eval.';
    return [
      throughputRow('extraction throughput', UNIT, fromCapture, evalSetup, `${corpus} ${peerInput}`),
      throughputRow('extraction throughput', UNIT, extractionOnly, evalSetup, `${corpus} ${peerInput}`),
      throughputRow(
        'extraction throughput',
        UNIT,
        extractionOnly,
        threeModels,
        `${corpus} Peer: number, percentage and currency models only, results not filtered: its floor.`,
      ),
    ];
  },
};
