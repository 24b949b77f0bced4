import type { Analysis, Capture } from '@palimpsest/text';
import {
  analyzeDocument,
  contentHash,
  diffRevisions,
  findAmendments,
  findStatedSums,
  normalizeCapture,
} from '@palimpsest/text';

/**
 * The text work the pipeline does for one capture, in its order: ingest
 * normalises the page, hashes it and reads its amendment notes; diff analyses
 * it and compares it with the previous revision's analysis; projection finds
 * the stated sums among its figures.
 * Returns a count so the work cannot be optimised away.
 */
export function captureWork(capture: Capture, previous: Analysis): number {
  const document = normalizeCapture(capture);
  const hash = contentHash(document);
  const notes = findAmendments(document);
  const current = analyzeDocument(document);
  const diff = diffRevisions(previous, current);
  const sums = findStatedSums(current.figures);
  return hash.length + notes.length + current.figures.length + diff.figureChanges.length + sums.sums.length;
}

/** The previous revision a capture is compared with: the same page when it was half as long. */
export function previousRevisionOf(capture: Capture): Analysis {
  const half = (text: string | undefined) => (text === undefined ? undefined : text.slice(0, text.length >> 1));
  return analyzeDocument(normalizeCapture({ html: half(capture.html), text: half(capture.text) }));
}
