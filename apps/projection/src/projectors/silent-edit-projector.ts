import type { RevisionAnalyzed } from '@palimpsest/contracts';
import type { EntityManager } from 'typeorm';
import type { ReadModelTables } from '../rebuild/generation-tables';

/** silent_edits_v1: revisions that changed figures without a new amendment note, across all reports. */
export class SilentEditProjector {
  async revisionAnalyzed(manager: EntityManager, tables: ReadModelTables, event: RevisionAnalyzed): Promise<void> {
    const { payload } = event;
    if (!payload.silentEdit) return;
    await manager.query(
      `INSERT INTO ${tables.silent_edits_v1}
         (report_id, revision, analyzer_version, figure_change_count, observed_at, effective_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        event.reportId,
        payload.revision,
        payload.analyzerVersion,
        payload.figureChangeCount,
        event.occurredAt,
        event.effectiveAt,
      ],
    );
  }
}
