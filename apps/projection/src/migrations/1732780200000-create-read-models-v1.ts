import { inboxTablesSql } from '@palimpsest/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models, versioned in their names: changed projection logic means a new
 * version built from the log beside the old one, never an in-place rewrite.
 */
export class CreateReadModelsV11732780200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection.reports_v1 (
        report_id text PRIMARY KEY,
        url text NOT NULL,
        canonical_url text NOT NULL UNIQUE,
        publisher text NOT NULL,
        title text,
        published_at date,
        first_seen_at timestamptz NOT NULL,
        last_revised_at timestamptz NOT NULL,
        revision_count int NOT NULL
      );
      CREATE TABLE projection.revisions_v1 (
        report_id text NOT NULL,
        revision int NOT NULL,
        event_id uuid NOT NULL UNIQUE,
        observed_at timestamptz NOT NULL,
        effective_at timestamptz NOT NULL,
        content_hash text NOT NULL,
        previous_hash text,
        title text,
        document jsonb NOT NULL,
        PRIMARY KEY (report_id, revision)
      );
      -- Analyses arrive on another topic than revisions, so in any order
      -- relative to them: they get their own rows, joined when read.
      CREATE TABLE projection.revision_analyses_v1 (
        report_id text NOT NULL,
        revision int NOT NULL,
        analyzer_version text NOT NULL,
        figure_change_count int NOT NULL,
        silent_edit boolean NOT NULL,
        PRIMARY KEY (report_id, revision, analyzer_version)
      );
      CREATE TABLE projection.figure_snapshots_v1 (
        report_id text PRIMARY KEY,
        revision int NOT NULL
      );
      CREATE TABLE projection.amendments_v1 (
        event_id uuid PRIMARY KEY,
        report_id text NOT NULL,
        revision int NOT NULL,
        kind text NOT NULL,
        raw text NOT NULL,
        stated_at text,
        precision text,
        timezone text,
        reason text,
        observed_at timestamptz NOT NULL,
        effective_at timestamptz NOT NULL
      );
      CREATE INDEX amendments_v1_report ON projection.amendments_v1 (report_id, revision);
      CREATE TABLE projection.figures_current_v1 (
        report_id text NOT NULL,
        key text NOT NULL,
        revision int NOT NULL,
        analyzer_version text NOT NULL,
        label text NOT NULL,
        section text,
        value double precision NOT NULL,
        qualifier text NOT NULL,
        unit text NOT NULL,
        text text NOT NULL,
        position int NOT NULL,
        PRIMARY KEY (report_id, key)
      );
      CREATE TABLE projection.figure_history_v1 (
        event_id uuid PRIMARY KEY,
        report_id text NOT NULL,
        key text NOT NULL,
        revision int NOT NULL,
        previous_revision int,
        change text NOT NULL,
        label text NOT NULL,
        section text,
        value double precision,
        qualifier text,
        unit text,
        text text,
        from_value double precision,
        from_qualifier text,
        from_unit text,
        silent_edit boolean NOT NULL,
        analyzer_version text NOT NULL,
        observed_at timestamptz NOT NULL,
        effective_at timestamptz NOT NULL
      );
      CREATE INDEX figure_history_v1_key ON projection.figure_history_v1 (report_id, key, revision);
      ${inboxTablesSql('projection')}
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE projection.consumer_progress; DROP TABLE projection.processed_events;
      DROP TABLE projection.figure_history_v1; DROP TABLE projection.figures_current_v1;
      DROP TABLE projection.figure_snapshots_v1; DROP TABLE projection.revision_analyses_v1; DROP TABLE projection.amendments_v1; DROP TABLE projection.revisions_v1; DROP TABLE projection.reports_v1;
    `);
  }
}
