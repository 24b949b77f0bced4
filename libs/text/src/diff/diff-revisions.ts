import type { Analysis } from '../analysis';
import { RevisionDiff } from '../model';
import { diffBlocks } from './block-changes';
import { diffFigures } from './figure-changes';
import { isSilentEdit } from './silent-edit';

/** What changed between two analysed revisions of one report: blocks, figures, and whether the edit went unannounced. */
export function diffRevisions(before: Analysis, after: Analysis): RevisionDiff {
  const figureChanges = diffFigures(before.figures, after.figures);
  return {
    blocks: diffBlocks(before.doc, after.doc),
    figureChanges,
    silentEdit: hasBlocks(before) && isSilentEdit(figureChanges, before.amendments, after.amendments),
  };
}

/** A first revision (diffed against an empty analysis) publishes its figures; it does not edit them. */
function hasBlocks({ doc }: Analysis): boolean {
  return doc.sections.some((section) => section.blocks.length > 0);
}
