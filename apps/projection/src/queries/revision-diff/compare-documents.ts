import { analyzeDocument, ANALYZER_VERSION, diffRevisions, NormalizedDocument } from '@palimpsest/text';

/**
 * The diff between any two recorded revisions, derived again from their
 * documents: composing the stored step diffs cannot pair blocks across steps,
 * and a figure changed twice would show as two changes instead of one.
 */
export function compareDocuments(before: NormalizedDocument, after: NormalizedDocument) {
  const { figureChanges, blocks, silentEdit } = diffRevisions(analyzeDocument(before), analyzeDocument(after));
  return { analyzerVersion: ANALYZER_VERSION, silentEdit, figureChanges, blocks };
}
