import type { FigureChanged, RevisionAnalyzed } from '@palimpsest/contracts';
import type { EntityManager } from 'typeorm';
import type { ReadModelTables } from '../rebuild/generation-tables';

/** figures_current_v1 and figure_history_v1: each report's figures now, and every change to them. */
export class FigureProjector {
  /** Replaces a report's current figures, unless a later revision's figures are already there. */
  async revisionAnalyzed(manager: EntityManager, tables: ReadModelTables, event: RevisionAnalyzed): Promise<void> {
    const { payload } = event;
    const [snapshot] = await manager.query(
      `INSERT INTO ${tables.figure_snapshots_v1} AS s (report_id, revision) VALUES ($1, $2)
       ON CONFLICT (report_id) DO UPDATE SET revision = EXCLUDED.revision WHERE s.revision < EXCLUDED.revision
       RETURNING revision`,
      [event.reportId, payload.revision],
    );
    if (!snapshot) return;
    await manager.query(`DELETE FROM ${tables.figures_current_v1} WHERE report_id = $1`, [event.reportId]);
    await manager.query(
      `INSERT INTO ${tables.figures_current_v1}
         (report_id, key, revision, analyzer_version, label, section, value, qualifier, unit, text, position)
       SELECT $1, f.key, $2, $3, f.label, f.section, f.value, f.qualifier, f.unit, f.text, f.position
       FROM jsonb_to_recordset($4::jsonb) AS f(key text, label text, section text, value double precision,
                                              qualifier text, unit text, text text, position int)`,
      [
        event.reportId,
        payload.revision,
        payload.analyzerVersion,
        JSON.stringify(payload.figures.map((figure, position) => ({ ...figure, position }))),
      ],
    );
  }

  async figureChanged(manager: EntityManager, tables: ReadModelTables, event: FigureChanged): Promise<void> {
    const { payload } = event;
    await manager.query(
      `INSERT INTO ${tables.figure_history_v1}
         (event_id, report_id, key, revision, previous_revision, change, label, section, value, qualifier, unit, text,
          from_value, from_qualifier, from_unit, silent_edit, analyzer_version, observed_at, effective_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
      [
        event.id,
        event.reportId,
        payload.key,
        payload.revision,
        payload.previousRevision,
        payload.change,
        payload.label,
        payload.section,
        payload.to?.value ?? null,
        payload.to?.qualifier ?? null,
        payload.to?.unit ?? null,
        payload.to?.text ?? null,
        payload.from?.value ?? null,
        payload.from?.qualifier ?? null,
        payload.from?.unit ?? null,
        payload.silentEdit,
        payload.analyzerVersion,
        event.occurredAt,
        event.effectiveAt,
      ],
    );
  }
}
