import type { NormalizedDocument } from '@palimpsest/text';
import { analyzeDocument, ANALYZER_VERSION, diffRevisions } from '@palimpsest/text';
import type { EvaluatedSystem, Extraction } from './evaluated-system';

export const palimpsestSystem: EvaluatedSystem = {
  name: 'Palimpsest',
  notes: [`Palimpsest: analyzer ${ANALYZER_VERSION}; figure changes from diffRevisions.`],
  extract(doc: NormalizedDocument): Extraction {
    const { figures, amendments } = analyzeDocument(doc);
    return {
      figures: figures.map(({ value, unit, qualifier, start, end }) => ({
        value,
        unit,
        qualifier,
        start,
        end,
      })),
      amendments: amendments.map(({ raw, effectiveAt, precision, timezone }) => ({
        raw,
        effectiveAt,
        precision,
        timezone,
      })),
    };
  },
  diff(before, after) {
    const diff = diffRevisions(analyzeDocument(before), analyzeDocument(after));
    const figureChanges = diff.figureChanges.map(({ change, from, to }) => ({
      change,
      from: from && {
        value: from.value,
        qualifier: from.qualifier,
        unit: from.unit,
      },
      to: to && { value: to.value, qualifier: to.qualifier, unit: to.unit },
    }));
    return { figureChanges, silentEdit: diff.silentEdit };
  },
};
