import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pointer the query side reads: which generation of the read models is
 * active. A rebuild adds a `building` generation, fills its tables from the
 * start of the log, and switches the pointer once it has caught up.
 */
export class CreateReadModelGenerations1732780400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection.read_model_generations (
        generation int PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('building', 'active', 'retired', 'failed')),
        rebuild_group text,
        end_offsets jsonb,
        total_events bigint NOT NULL DEFAULT 0,
        applied_events bigint NOT NULL DEFAULT 0,
        started_at timestamptz NOT NULL DEFAULT now(),
        switched_at timestamptz,
        error text
      );
      CREATE UNIQUE INDEX read_model_generations_one_active ON projection.read_model_generations ((true))
        WHERE status = 'active';
      CREATE UNIQUE INDEX read_model_generations_one_building ON projection.read_model_generations ((true))
        WHERE status = 'building';
      INSERT INTO projection.read_model_generations (generation, status, switched_at) VALUES (1, 'active', now());
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE projection.read_model_generations`);
  }
}
