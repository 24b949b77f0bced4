import { outboxTableSql } from '@palimpsest/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ingest's own tables. The outbox doubles as ingest's append-only event log:
 * each row is an immutable event; only the relay's `published_at` changes.
 */
export class CreateIngestLog1732780000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ingest.reports (
        report_id text PRIMARY KEY,
        canonical_url text NOT NULL UNIQUE,
        last_revision int NOT NULL DEFAULT 0,
        last_hash text,
        first_seen_at timestamptz NOT NULL,
        last_confirmed_at timestamptz
      );
      CREATE TABLE ingest.revisions (
        report_id text NOT NULL REFERENCES ingest.reports (report_id),
        revision int NOT NULL,
        content_hash text NOT NULL,
        observed_at timestamptz NOT NULL,
        event_id uuid NOT NULL,
        PRIMARY KEY (report_id, revision)
      );
      -- The same capture (content at an observation time) is recorded once,
      -- even when re-imported after later captures of the same report.
      CREATE TABLE ingest.captures (
        report_id text NOT NULL REFERENCES ingest.reports (report_id),
        content_hash text NOT NULL,
        observed_at timestamptz NOT NULL,
        revision int NOT NULL,
        PRIMARY KEY (report_id, content_hash, observed_at)
      );
      CREATE TABLE ingest.amendment_notes (
        report_id text NOT NULL REFERENCES ingest.reports (report_id),
        note_hash text NOT NULL,
        event_id uuid NOT NULL,
        revision int NOT NULL,
        PRIMARY KEY (report_id, note_hash)
      );
      ${outboxTableSql('ingest')}
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE ingest.outbox; DROP TABLE ingest.amendment_notes; DROP TABLE ingest.captures;
      DROP TABLE ingest.revisions; DROP TABLE ingest.reports;
    `);
  }
}
