import { findAmendments } from './amendments';
import { extractFigures } from './figures';
import { AmendmentNote, Figure, NormalizedDocument } from './model';

/** Stamped on every derivation so figures and diffs can be derived again when the extractor improves. */
export const ANALYZER_VERSION = 'figures-1.0.0';

export interface Analysis {
  doc: NormalizedDocument;
  figures: Figure[];
  amendments: AmendmentNote[];
}

/** Numbers inside an amendment note describe the edit, not the report, so their spans are excluded from figures. */
export function analyzeDocument(doc: NormalizedDocument): Analysis {
  const amendments = findAmendments(doc);
  const exclude = amendments.map(({ start, end }) => ({ start, end }));
  return { doc, figures: extractFigures(doc, { exclude }), amendments };
}

/** The analysis of a report before its first revision: nothing to compare with, so every figure of revision 1 is `added`. */
export function emptyAnalysis(): Analysis {
  return { doc: { title: null, publishedAt: null, sections: [] }, figures: [], amendments: [] };
}
