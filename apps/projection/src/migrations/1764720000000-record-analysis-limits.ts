import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every generation's copy of a table changes with it: a rebuilt generation may be the active one.
const inEveryGeneration = (table: string, alter: string) => `
  DO $$
  DECLARE generation_table text;
  BEGIN
    FOR generation_table IN
      SELECT tablename FROM pg_tables
      WHERE schemaname = 'projection' AND (tablename = '${table}' OR tablename LIKE '${table}\\_r%')
    LOOP
      EXECUTE format('ALTER TABLE projection.%I ${alter.replaceAll("'", "''")}', generation_table);
    END LOOP;
  END $$;`;

/**
 * RevisionAnalyzed v2 states the limits its analysis ran into (figures past
 * the per-document limit, work caps hit); the consistency check states
 * whether it stopped at its own cap. Rows from before read as "no limit hit".
 */
export class RecordAnalysisLimits1764720000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      inEveryGeneration(
        'revision_analyses_v1',
        `ADD COLUMN figures_found int, ADD COLUMN figure_limit int, ADD COLUMN caps_hit text[] NOT NULL DEFAULT '{}'`,
      ),
    );
    await queryRunner.query(
      inEveryGeneration('revision_consistency_v1', `ADD COLUMN sums_capped boolean NOT NULL DEFAULT false`),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      inEveryGeneration(
        'revision_analyses_v1',
        'DROP COLUMN figures_found, DROP COLUMN figure_limit, DROP COLUMN caps_hit',
      ),
    );
    await queryRunner.query(inEveryGeneration('revision_consistency_v1', 'DROP COLUMN sums_capped'));
  }
}
