import { dropDatabase, ensureDatabase } from '@palimpsest/persistence';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { RebuildLock } from './rebuild-lock';

const SERVER = process.env.PALIMPSEST_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

/** The rebuild lock against a real Postgres: one holder at a time, and gone with its connection. */
describe(RebuildLock.name, () => {
  const url = `${SERVER}/rebuild_lock_${randomBytes(4).toString('hex')}`;
  const held: RebuildLock[] = [];
  const acquire = async (holder: string) => {
    const lock = await RebuildLock.tryAcquire(url, holder);
    if (lock) held.push(lock);
    return lock;
  };

  beforeAll(() => ensureDatabase(url));
  afterEach(async () => {
    await Promise.all(held.splice(0).map((lock) => lock.release()));
  });
  afterAll(() => dropDatabase(url));

  it('given one instance holds it, then another gets null until it is released', async () => {
    const sut = await acquire('first');
    expect(sut).not.toBeNull();
    expect(await acquire('second')).toBeNull();
    await sut!.release();
    expect(await acquire('second')).not.toBeNull();
  });

  it('given the holder is still connected, then confirming keeps it held', async () => {
    const sut = (await acquire('holder'))!;
    await sut.confirm();
    expect(await acquire('other')).toBeNull();
    expect(await Promise.race([sut.lost, Promise.resolve('still held')])).toBe('still held');
  });

  it("given the holder's session ends as a killed process's would, then it learns the lock is lost and another takes it", async () => {
    const sut = (await acquire('palimpsest-rebuild-lock-int'))!;
    await withAdmin((admin) =>
      admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [
        'palimpsest-rebuild-lock-int',
      ]),
    );
    expect(await sut.lost).toMatch(/terminat|ended/);
    expect(await acquire('successor')).not.toBeNull();
  });

  async function withAdmin<T>(use: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.end();
    }
  }
});
