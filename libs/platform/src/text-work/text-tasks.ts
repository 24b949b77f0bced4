import {
  Analysis,
  analyzeDocument,
  ANALYZER_VERSION,
  contentHash,
  diffRevisions,
  emptyAnalysis,
  Figure,
  findAmendments,
  findStatedSums,
  normalizeCapture,
  NormalizedDocument,
  RevisionDiff,
  StatedSums,
} from '@palimpsest/text';

/**
 * The text work the services do per capture, revision or query, as plain
 * functions of plain data: the worker threads run them, and so can a test.
 * Each composes linear-time steps of `@palimpsest/text`; none does I/O.
 */

export interface CaptureInput {
  html?: string;
  text?: string;
}

export interface ReadCapture {
  document: NormalizedDocument;
  hash: string;
  amendments: ReturnType<typeof findAmendments>;
}

/** Ingest: a page as the log records it. */
export function readCapture(capture: CaptureInput): ReadCapture {
  const document = normalizeCapture(capture);
  return { document, hash: contentHash(document), amendments: findAmendments(document) };
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
