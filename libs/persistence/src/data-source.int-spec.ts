import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { openServiceDatabase } from './data-source';
import { dropDatabase, ensureDatabase } from './ensure-database';

const SERVER = process.env.PALIMPSEST_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

/** A migration that is slow on purpose and fails when run twice, as most real ones would. */
class CreateLedger1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT pg_sleep(0.3)');
    await queryRunner.query('CREATE TABLE ledger (id int PRIMARY KEY)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ledger');
  }
}

describe('openServiceDatabase with several instances starting at once', () => {
  const url = `${SERVER}/migrate_${randomBytes(4).toString('hex')}`;
  const opened: DataSource[] = [];

  beforeAll(() => ensureDatabase(url));

  afterAll(async () => {
    await Promise.all(opened.map((dataSource) => dataSource.destroy()));
    await dropDatabase(url);
  });

  it('creates the schema and runs each migration exactly once', async () => {
    const open = () =>
      openServiceDatabase({ url, schema: 'ledger', migrations: [CreateLedger1700000000000], poolSize: 2 });
    const results = await Promise.allSettled([open(), open(), open()]);
    for (const result of results) if (result.status === 'fulfilled') opened.push(result.value);

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT name FROM ledger.migrations');
      expect(rows).toEqual([{ name: 'CreateLedger1700000000000' }]);
    } finally {
      await client.end();
    }
  });
});
