import { findAmendments } from './amendments';
import { extractFigures } from './figures';
import type { AmendmentNote, Figure, NormalizedDocument } from './model';
import type { WorkMeter } from './work-meter';

/** Stamped on every derivation so figures and diffs can be derived again when the extractor improves. */
export const ANALYZER_VERSION = 'figures-1.0.0';

/**
 * Most figures one document yields. A real report states tens to hundreds; a
 * page repeating one sentence to the capture limit yields over 100,000, and
 * every one would become a figure change, a row and a stated-sum candidate.
 * Past the limit the document is still analysed and the cut is recorded.
 */
export const DEFAULT_FIGURE_LIMIT = 5_000;

export interface Analysis {
  doc: NormalizedDocument;
  /** In document order: the first `figureLimit` of the `figuresFound` the document holds. */
  figures: Figure[];
  amendments: AmendmentNote[];
  /**
   * Figures the document holds, kept or not: more than `figures.length` when
   * the limit cut the list. Analyses stored before the limit existed lack this
   * and `figureLimit`; they were never cut.
   */
  figuresFound: number;
  /** The limit this analysis ran under. */
  figureLimit: number;
}

export interface AnalyzeOptions {
  /** Most figures kept, the first in document order; DEFAULT_FIGURE_LIMIT unless given. */
  figureLimit?: number;
  /** Counts the work of amendment finding and figure extraction (tests show it grows linearly). */
  meter?: WorkMeter;
}

/** Numbers inside an amendment note describe the edit, not the report, so their spans are excluded from figures. */
export function analyzeDocument(doc: NormalizedDocument, options: AnalyzeOptions = {}): Analysis {
  const figureLimit = options.figureLimit ?? DEFAULT_FIGURE_LIMIT;
  if (!Number.isSafeInteger(figureLimit) || figureLimit < 1) {
    throw new RangeError(`the figure limit must be a positive integer, got ${figureLimit}`);
  }
  const amendments = findAmendments(doc, options.meter);
  const exclude = amendments.map(({ start, end }) => ({ start, end }));
  const found = extractFigures(doc, { exclude }, options.meter);
  const figures = found.length > figureLimit ? found.slice(0, figureLimit) : found;
  return { doc, figures, amendments, figuresFound: found.length, figureLimit };
}

/** The analysis of a report before its first revision: nothing to compare with, so every figure of revision 1 is `added`. */
export function emptyAnalysis(): Analysis {
  return {
    doc: { title: null, publishedAt: null, sections: [] },
    figures: [],
    amendments: [],
    figuresFound: 0,
    figureLimit: DEFAULT_FIGURE_LIMIT,
  };
}
