import type { Analysis } from '../analysis';
import type { RevisionDiff } from '../model';
import type { WorkMeter } from '../work-meter';
import { diffBlocks } from './block-changes';
import { DiffWork } from './diff-work';
import { diffFigures } from './figure-changes';
import { isSilentEdit } from './silent-edit';

export interface DiffOptions {
  /** Counts the work of every step (table cells, pairs scored, word look-ups), for tests and benchmarks. */
  meter?: WorkMeter;
}

/**
 * What changed between two analysed revisions of one report: blocks, figures,
 * and whether the edit went unannounced. `capsHit` names the steps that took
 * their fallback because the input was too large for their exact method.
 */
export function diffRevisions(before: Analysis, after: Analysis, options: DiffOptions = {}): RevisionDiff {
  const work = new DiffWork(options.meter);
  const figureChanges = diffFigures(before.figures, after.figures, work);
  return {
    blocks: diffBlocks(before.doc, after.doc, work),
    figureChanges,
    silentEdit: hasBlocks(before) && isSilentEdit(figureChanges, before.amendments, after.amendments),
    capsHit: work.capsHit(),
  };
}

/** A first revision (diffed against an empty analysis) publishes its figures; it does not edit them. */
function hasBlocks({ doc }: Analysis): boolean {
  return doc.sections.some((section) => section.blocks.length > 0);
}
