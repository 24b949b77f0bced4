import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Watched sources and the URLs each polls. These rows are operational state
 * (validators, failure streaks, next poll), not the log: they change in place.
 */
export class CreateSources1732780500000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ingest.sources (
        source_id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('url', 'feed', 'sitemap')),
        url text NOT NULL,
        interval_ms int NOT NULL CHECK (interval_ms > 0),
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        UNIQUE (kind, url)
      );
      CREATE TABLE ingest.source_targets (
        source_id text NOT NULL REFERENCES ingest.sources (source_id) ON DELETE CASCADE,
        url text NOT NULL,
        role text NOT NULL CHECK (role IN ('page', 'listing')),
        etag text,
        last_modified text,
        next_poll_at timestamptz NOT NULL,
        last_polled_at timestamptz,
        last_outcome text,
        consecutive_failures int NOT NULL DEFAULT 0,
        failing_since timestamptz,
        last_error text,
        discovered_at timestamptz NOT NULL,
        PRIMARY KEY (source_id, url)
      );
      CREATE INDEX source_targets_due ON ingest.source_targets (next_poll_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ingest.source_targets; DROP TABLE ingest.sources;`);
  }
}
