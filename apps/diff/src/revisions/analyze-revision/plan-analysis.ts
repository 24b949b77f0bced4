import type { FigureChanged, RevisionAnalyzed, RevisionRecorded } from '@palimpsest/contracts';
import { createEvent, FIGURE_CHANGED, REVISION_ANALYZED } from '@palimpsest/contracts';
import type { Analysis, RevisionDiff } from '@palimpsest/text';

export interface AnalysisEvents {
  analyzed: RevisionAnalyzed;
  figureChanges: FigureChanged[];
}

/**
 * The derived events for one revision. Times and ids come from the revision
 * event, never from the clock, so a replay derives the very same events.
 */
export function planAnalysisEvents(
  recorded: RevisionRecorded,
  previousRevision: number | null,
  current: Analysis,
  diff: RevisionDiff,
  analyzerVersion: string,
): AnalysisEvents {
  const origin = {
    reportId: recorded.reportId,
    occurredAt: recorded.occurredAt,
    effectiveAt: recorded.effectiveAt,
    causationId: recorded.id,
    correlationId: recorded.correlationId,
  };
  const revision = recorded.payload.revision;
  // The first revision has nothing to be silent about: every figure is new.
  const silentEdit = previousRevision !== null && diff.silentEdit;
  const analyzed = createEvent(
    REVISION_ANALYZED,
    origin,
    {
      revision,
      previousRevision,
      analyzerVersion,
      figures: current.figures,
      blocks: diff.blocks,
      figureChangeCount: diff.figureChanges.length,
      silentEdit,
      limits: { figuresFound: current.figuresFound, figureLimit: current.figureLimit, capsHit: diff.capsHit },
    },
    [recorded.id, analyzerVersion],
  );
  const figureChanges = diff.figureChanges.map((change) =>
    createEvent(FIGURE_CHANGED, origin, { revision, previousRevision, analyzerVersion, silentEdit, ...change }, [
      recorded.id,
      analyzerVersion,
      change.key,
    ]),
  );
  return { analyzed, figureChanges };
}
