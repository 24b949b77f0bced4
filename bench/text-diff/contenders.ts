import { analyzeDocument, diffRevisions } from '@palimpsest/text';
import { diffWordsWithSpace } from 'diff';
import type { CorpusPair } from '../corpus/eval-corpus';
import type { Contender } from '../measure/contenders';
import { FAST_LIMITS } from '../measure/limits';

const changeCount = (diff: ReturnType<typeof diffRevisions>) => diff.blocks.length + diff.figureChanges.length;

export const palimpsestDiffOnly: Contender<CorpusPair> = {
  label: 'Palimpsest diffRevisions',
  work: ({ before, after }) => changeCount(diffRevisions(before, after)),
  limits: FAST_LIMITS,
};

export const palimpsestAnalyzeAndDiff: Contender<CorpusPair> = {
  label: 'Palimpsest analyse both + diff',
  work: ({ before, after }) => changeCount(diffRevisions(analyzeDocument(before.doc), analyzeDocument(after.doc))),
  limits: FAST_LIMITS,
};

/** A word diff of the two canonical texts, keeping whitespace tokens as Palimpsest's offsets do. */
export const jsdiffWords: Contender<CorpusPair> = {
  label: 'jsdiff 9 diffWordsWithSpace',
  work: ({ beforeText, afterText }) =>
    diffWordsWithSpace(beforeText, afterText).filter((part) => part.added || part.removed).length,
  limits: FAST_LIMITS,
};
