import type { NormalizedDocument } from '@palimpsest/text';
import type { PredictedFigure } from '../../scoring/score-figures';
import type { EvaluatedSystem } from '../evaluated-system';
import { diffByValueMultiset } from './peer-changes';
import { recognizePeerFigures } from './peer-figures';

/**
 * The body text (documentText without the title), fed block by block: no
 * figure spans two blocks, and the peer's models slow down sharply on long
 * inputs (its currency model takes about 4 s on the whole seed, 1 s paragraph by paragraph).
 */
function bodyFigures(doc: NormalizedDocument): PredictedFigure[] {
  return doc.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      recognizePeerFigures(block.text).map((figure) => ({
        ...figure,
        start: figure.start + block.start,
        end: figure.end + block.start,
      })),
    ),
  );
}

export const recognizersSystem: EvaluatedSystem = {
  name: 'Recognizers-Text',
  notes: [
    'Recognizers-Text 1.3.1 (English): number, percentage and currency models over the body text (title excluded);',
    '  results overlapping its DateTime or PhoneNumber results dropped; "$" without a country read as USD, "pound" as GBP.',
    '  Qualifiers: only the comparative phrases of its NumberRangeModel resources (more/less than, at least/most, up to);',
    '  it has no "about". Figure changes: its figures diffed by value multiset. Amendment notes: no such concept (n/a).',
  ],
  extract: (doc) => ({ figures: bodyFigures(doc), amendments: null }),
  diff: (before, after) => ({
    figureChanges: diffByValueMultiset(bodyFigures(before), bodyFigures(after)),
    silentEdit: null,
  }),
};
