import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The analysts' read models: figure intervals on both time axes, stated sums
 * and per-revision consistency, silent edits; and the indexes the report list
 * and the changes feed page by.
 */
export class CreateHistoryReadModelsV11732780300000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- One row per stretch during which a figure kept its value, qualifier and unit:
      -- valid time from the revisions' effectiveAt, transaction time from their observedAt.
      CREATE TABLE projection.figure_intervals_v1 (
        report_id text NOT NULL,
        key text NOT NULL,
        analyzer_version text NOT NULL,
        revision int NOT NULL,
        ended_by_revision int,
        label text NOT NULL,
        section text,
        value double precision NOT NULL,
        qualifier text NOT NULL,
        unit text NOT NULL,
        text text NOT NULL,
        position int NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        recorded_from timestamptz NOT NULL,
        recorded_to timestamptz,
        PRIMARY KEY (report_id, key, analyzer_version, revision)
      );
      CREATE INDEX figure_intervals_v1_valid ON projection.figure_intervals_v1 (report_id, valid_from);
      CREATE INDEX figure_intervals_v1_recorded ON projection.figure_intervals_v1 (report_id, recorded_from);
      CREATE INDEX figure_intervals_v1_open ON projection.figure_intervals_v1 (report_id, analyzer_version)
        WHERE ended_by_revision IS NULL;
      CREATE TABLE projection.stated_sums_v1 (
        report_id text NOT NULL,
        revision int NOT NULL,
        analyzer_version text NOT NULL,
        total_key text NOT NULL,
        total jsonb NOT NULL,
        parts jsonb NOT NULL,
        parts_sum double precision NOT NULL,
        holds boolean NOT NULL,
        PRIMARY KEY (report_id, total_key, analyzer_version, revision)
      );
      CREATE TABLE projection.revision_consistency_v1 (
        report_id text NOT NULL,
        revision int NOT NULL,
        analyzer_version text NOT NULL,
        sum_count int NOT NULL,
        consistent boolean NOT NULL,
        PRIMARY KEY (report_id, revision, analyzer_version)
      );
      CREATE TABLE projection.silent_edits_v1 (
        report_id text NOT NULL,
        revision int NOT NULL,
        analyzer_version text NOT NULL,
        figure_change_count int NOT NULL,
        observed_at timestamptz NOT NULL,
        effective_at timestamptz NOT NULL,
        PRIMARY KEY (report_id, revision, analyzer_version)
      );
      CREATE INDEX silent_edits_v1_observed ON projection.silent_edits_v1 (observed_at, report_id, revision);
      CREATE INDEX figure_history_v1_feed ON projection.figure_history_v1 (observed_at, event_id);
      CREATE INDEX figure_history_v1_valid ON projection.figure_history_v1 (effective_at);
      CREATE INDEX reports_v1_recent ON projection.reports_v1 (last_revised_at DESC, report_id);
      CREATE INDEX reports_v1_url_prefix ON projection.reports_v1 (canonical_url text_pattern_ops);
      CREATE INDEX reports_v1_publisher ON projection.reports_v1 (publisher);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX projection.reports_v1_publisher; DROP INDEX projection.reports_v1_url_prefix;
      DROP INDEX projection.reports_v1_recent; DROP INDEX projection.figure_history_v1_valid;
      DROP INDEX projection.figure_history_v1_feed;
      DROP TABLE projection.silent_edits_v1; DROP TABLE projection.revision_consistency_v1;
      DROP TABLE projection.stated_sums_v1; DROP TABLE projection.figure_intervals_v1;
    `);
  }
}
