import type { QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { classifyError, deadLetterCause } from './error-policy';

const SERVER = process.env.PALIMPSEST_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

/** Errors as a real PostgreSQL raises them through pg and TypeORM, not as a test imagines them. */
describe('error policy on real PostgreSQL errors', () => {
  const dataSource = new DataSource({ type: 'postgres', url: `${SERVER}/postgres`, extra: { max: 2 } });
  let runner: QueryRunner;

  beforeAll(async () => {
    await dataSource.initialize();
    runner = dataSource.createQueryRunner();
    // A temporary table lives and dies with this session, so the shared server keeps nothing.
    await runner.query('CREATE TEMP TABLE captures (id int PRIMARY KEY, published_at timestamptz)');
  });
  afterAll(async () => {
    await runner.release();
    await dataSource.destroy();
  });

  const failureOf = async (sql: string, parameters: unknown[] = []): Promise<unknown> => {
    try {
      await runner.query(sql, parameters);
    } catch (error) {
      return error;
    }
    throw new Error(`expected ${sql} to fail`);
  };

  it('given a date the column cannot store (22008), then the event is dead-lettered at once, naming the SQLSTATE', async () => {
    const error = await failureOf('INSERT INTO captures VALUES (1, $1)', ['0000-01-01T00:00:00Z']);
    expect(classifyError(error)).toBe('dead-letter');
    expect(deadLetterCause(error as Error).detail).toMatch(/out of range.*\(SQLSTATE 22008\)$/);
  });

  it('given a duplicate key (23505), then the event is dead-lettered at once', async () => {
    await runner.query('INSERT INTO captures VALUES (2, now())');
    const error = await failureOf('INSERT INTO captures VALUES (2, now())');
    expect(classifyError(error)).toBe('dead-letter');
    expect(deadLetterCause(error as Error).detail).toMatch(/\(SQLSTATE 23505\)$/);
  });

  it('given a session terminated by an administrator (57P01), then the event is retried', async () => {
    const victim = dataSource.createQueryRunner();
    const [{ pid }] = await victim.query('SELECT pg_backend_pid() AS pid');
    await runner.query('SELECT pg_terminate_backend($1)', [pid]);
    let error: unknown = null;
    try {
      await victim.query('SELECT 1');
    } catch (caught) {
      error = caught;
    } finally {
      await victim.release().catch(() => undefined);
    }
    expect(error).not.toBeNull();
    expect(classifyError(error)).toBe('retry');
  });
});
