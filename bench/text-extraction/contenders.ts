import { analyzeDocument, normalizeCapture } from '@palimpsest/text';
import { recognizePeerFigures } from '../../tools/eval/systems/recognizers/peer-figures';
import { peerModels } from '../../tools/eval/systems/recognizers/peer-models';
import type { CorpusDocument } from '../corpus/eval-corpus';
import type { Contender } from '../measure/contenders';
import { FAST_LIMITS, SLOW_LIMITS } from '../measure/limits';

export const palimpsestFromCapture: Contender<CorpusDocument> = {
  label: 'Palimpsest, capture to figures',
  work: ({ capture }) => analyzeDocument(normalizeCapture(capture)).figures.length,
  limits: FAST_LIMITS,
};

export const palimpsestExtractionOnly: Contender<CorpusDocument> = {
  label: 'Palimpsest, extraction only',
  work: ({ doc }) => analyzeDocument(doc).figures.length,
  limits: FAST_LIMITS,
};

/** Exactly what `npm run eval` scores: number, percentage and currency models, date/time and phone overlaps dropped. */
export const recognizersEvalSetup: Contender<CorpusDocument> = {
  label: 'Recognizers-Text, eval setup',
  work: ({ blocks }) => blocks.reduce((found, block) => found + recognizePeerFigures(block).length, 0),
  limits: SLOW_LIMITS,
};

/** The three models alone, no date/phone filter and no qualifiers: the least the peer must do to see the numbers. */
export const recognizersThreeModels: Contender<CorpusDocument> = {
  label: 'Recognizers-Text, 3 models only',
  work: ({ blocks }) => {
    const { number, percentage, currency } = peerModels();
    return blocks.reduce(
      (found, block) =>
        found + number.parse(block).length + percentage.parse(block).length + currency.parse(block).length,
      0,
    );
  },
  limits: { ...SLOW_LIMITS, warmupMaxMs: 3_000 },
};
