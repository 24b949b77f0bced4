import type { Analysis, Figure, NormalizedDocument, RevisionDiff, StatedSums } from '@palimpsest/text';
import {
  analyzeDocument,
  ANALYZER_VERSION,
  contentHash,
  diffRevisions,
  emptyAnalysis,
  findAmendments,
  findStatedSums,
  normalizeCapture,
} from '@palimpsest/text';

/**
 * The text work the services do per capture, revision or query, as plain
 * functions of plain data: the worker threads run them, and so can a test.
 * Each composes linear-time steps of `@palimpsest/text`; none does I/O.
 */

export interface CaptureInput {
  html?: string;
  text?: string;
  /** Past these the page is not handed back: its counts are, for the refusal. */
  limits?: CaptureLimits;
}

export interface CaptureLimits {
  maxBlocks: number;
  maxNotes: number;
}

export interface ReadCapture {
  document: NormalizedDocument;
  hash: string;
  amendments: ReturnType<typeof findAmendments>;
}

/** A page past the capture limits, by its counts. */
export interface OversizedCapture {
  oversized: { blocks: number; notes: number };
}

/**
 * Ingest: a page as the log records it. An oversized page is counted here, on
 * the worker thread, so its document (hundreds of thousands of blocks) is
 * never copied back to the event loop only to be refused there.
 */
export function readCapture({ limits, ...capture }: CaptureInput): ReadCapture | OversizedCapture {
  const document = normalizeCapture(capture);
  const amendments = findAmendments(document);
  const blocks = document.sections.reduce((count, section) => count + section.blocks.length, 0);
  if (limits && (blocks > limits.maxBlocks || amendments.length > limits.maxNotes)) {
    return { oversized: { blocks, notes: amendments.length } };
  }
  return { document, hash: contentHash(document), amendments };
}

export interface AnalyzeRevisionInput {
  document: NormalizedDocument;
  /** The previous revision's analysis by the same analyzer version; null for a report's first. */
  previous: Analysis | null;
  /** Most figures the revision may carry (DEFAULT_FIGURE_LIMIT when absent). */
  figureLimit?: number;
}

export interface RevisionAnalysis {
  analysis: Analysis;
  diff: RevisionDiff;
}

/** Diff: a revision's figures and its changes against the previous revision. */
export function analyzeRevision({ document, previous, figureLimit }: AnalyzeRevisionInput): RevisionAnalysis {
  const analysis = analyzeDocument(document, { figureLimit });
  return { analysis, diff: diffRevisions(previous ?? emptyAnalysis(), analysis) };
}

export interface CompareInput {
  before: NormalizedDocument;
  after: NormalizedDocument;
}

/**
 * The query API: the diff between any two recorded revisions, derived again
 * from their documents (composing stored step diffs cannot pair blocks across
 * steps, and a figure changed twice would show as two changes).
 */
export function compareDocuments({ before, after }: CompareInput) {
  const { figureChanges, blocks, silentEdit } = diffRevisions(analyzeDocument(before), analyzeDocument(after));
  return { analyzerVersion: ANALYZER_VERSION, silentEdit, figureChanges, blocks };
}

/** Projection: the totals a revision states with their parts (capped; see findStatedSums). */
export function statedSums({ figures }: { figures: Figure[] }): StatedSums {
  return findStatedSums(figures);
}

export const TEXT_TASKS = { readCapture, analyzeRevision, compareDocuments, statedSums };
export type TextTasks = typeof TEXT_TASKS;
export type TextTaskName = keyof TextTasks;
