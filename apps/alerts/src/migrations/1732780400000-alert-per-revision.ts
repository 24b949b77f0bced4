import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One alert per (subscription, revision) instead of one per figure change.
 * `revision_analyses` holds a RevisionAnalyzed until all the FigureChanged it
 * announces (`figure_change_count`) are parked beside it and its revision is
 * known; `parked_events` now keeps every figure change until then, keyed by
 * the analysis it belongs to.
 *
 * Changes parked by the per-change code had their RevisionAnalyzed applied
 * already (as a no-op), so an analysis is restored for each parked group: the
 * count is what was parked, and the id is the one diff gave that
 * RevisionAnalyzed (contracts' deterministicId over type, report, causation
 * and analyzer version).
 */
export class AlertPerRevision1732780400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE alerts.revision_analyses (
        report_id text NOT NULL,
        revision int NOT NULL,
        analyzer_version text NOT NULL,
        analyzed_event_id text NOT NULL,
        previous_revision int,
        occurred_at text NOT NULL,
        effective_at text NOT NULL,
        silent_edit boolean NOT NULL,
        figure_change_count int NOT NULL CHECK (figure_change_count > 0),
        PRIMARY KEY (report_id, revision, analyzer_version)
      );
      ALTER TABLE alerts.parked_events ADD COLUMN analyzer_version text;
      UPDATE alerts.parked_events SET analyzer_version = event->'payload'->>'analyzerVersion';
      ALTER TABLE alerts.parked_events ALTER COLUMN analyzer_version SET NOT NULL;
      DROP INDEX alerts.parked_events_revision;
      CREATE INDEX parked_events_analysis ON alerts.parked_events (report_id, revision, analyzer_version);
      INSERT INTO alerts.revision_analyses
        (report_id, revision, analyzer_version, analyzed_event_id, previous_revision, occurred_at, effective_at,
         silent_edit, figure_change_count)
      SELECT report_id, revision, analyzer_version,
             regexp_replace(left(encode(sha256(convert_to(concat_ws(chr(31), 'RevisionAnalyzed', report_id,
               min(event->>'causationId'), analyzer_version), 'UTF8')), 'hex'), 32),
               '^(.{8})(.{4})(.{4})(.{4})(.{12})$', '\\1-\\2-\\3-\\4-\\5'),
             min((event->'payload'->>'previousRevision')::int), min(event->>'occurredAt'), min(event->>'effectiveAt'),
             bool_or((event->'payload'->>'silentEdit')::boolean), count(*)
      FROM alerts.parked_events GROUP BY report_id, revision, analyzer_version;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE alerts.revision_analyses;
      DROP INDEX alerts.parked_events_analysis;
      CREATE INDEX parked_events_revision ON alerts.parked_events (report_id, revision);
      ALTER TABLE alerts.parked_events DROP COLUMN analyzer_version;
    `);
  }
}
