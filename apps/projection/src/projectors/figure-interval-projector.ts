import type { RevisionAnalyzed } from '@palimpsest/contracts';
import type { EntityManager } from 'typeorm';
import type { ReadModelTables } from '../rebuild/generation-tables';

/**
 * figure_intervals_v1: each figure's value as intervals on both time axes. A
 * revision's analysis closes the open interval of every figure it no longer
 * states with the same value, qualifier and unit, and opens one for every
 * figure it states anew. Analyses of one report arrive in revision order (one
 * partition of the analyses topic, key = reportId), and the times come from
 * the analysis itself, so revisions arriving later on their own topic change nothing.
 */
export class FigureIntervalProjector {
  async revisionAnalyzed(manager: EntityManager, tables: ReadModelTables, event: RevisionAnalyzed): Promise<void> {
    const { payload } = event;
    const figures = JSON.stringify(payload.figures.map((figure, position) => ({ ...figure, position })));
    const scope = [event.reportId, payload.analyzerVersion, payload.revision];
    await manager.query(
      `UPDATE ${tables.figure_intervals_v1} i
       SET ended_by_revision = $3, valid_to = GREATEST($5::timestamptz, i.valid_from), recorded_to = $6
       WHERE i.report_id = $1 AND i.analyzer_version = $2 AND i.ended_by_revision IS NULL AND i.revision < $3
         AND NOT EXISTS (
           SELECT 1 FROM jsonb_to_recordset($4::jsonb) AS f(key text, value double precision, qualifier text, unit text)
           WHERE f.key = i.key AND f.value = i.value AND f.qualifier = i.qualifier AND f.unit = i.unit)`,
      [...scope, figures, event.effectiveAt, event.occurredAt],
    );
    await manager.query(
      `INSERT INTO ${tables.figure_intervals_v1}
         (report_id, analyzer_version, revision, key, label, section, value, qualifier, unit, text, position,
          valid_from, recorded_from)
       SELECT DISTINCT ON (f.key) $1, $2, $3, f.key, f.label, f.section, f.value, f.qualifier, f.unit, f.text,
              f.position, $5, $6
       FROM jsonb_to_recordset($4::jsonb) AS f(key text, label text, section text, value double precision,
                                              qualifier text, unit text, text text, position int)
       WHERE NOT EXISTS (
         SELECT 1 FROM ${tables.figure_intervals_v1} i
         WHERE i.report_id = $1 AND i.analyzer_version = $2 AND i.key = f.key AND i.revision < $3
           AND i.ended_by_revision IS NULL)
       ORDER BY f.key, f.position
       ON CONFLICT DO NOTHING`,
      [...scope, figures, event.effectiveAt, event.occurredAt],
    );
  }
}
