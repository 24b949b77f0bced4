import { inboxTablesSql } from '@palimpsest/persistence';
import { outboxTableSql } from '@palimpsest/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Diff's own tables: each revision's analysis per analyzer version, its inbox and its outbox. */
export class CreateDiffAnalyses1732780100000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE diff.analyses (
        report_id text NOT NULL,
        revision int NOT NULL,
        analyzer_version text NOT NULL,
        analysis jsonb NOT NULL,
        event_id uuid NOT NULL,
        PRIMARY KEY (report_id, analyzer_version, revision)
      );
      ${inboxTablesSql('diff')}
      ${outboxTableSql('diff')}
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE diff.outbox; DROP TABLE diff.consumer_progress; DROP TABLE diff.processed_events; DROP TABLE diff.analyses;
    `);
  }
}
