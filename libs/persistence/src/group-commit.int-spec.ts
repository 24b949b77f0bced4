import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dropDatabase, ensureDatabase } from './ensure-database';
import { GroupCommit } from './group-commit';

const SERVER = process.env.PALIMPSEST_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

describe(GroupCommit.name, () => {
  const url = `${SERVER}/group_commit_${randomBytes(4).toString('hex')}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await ensureDatabase(url);
    dataSource = await new DataSource({ type: 'postgres', url, extra: { max: 4 } }).initialize();
    await dataSource.query('CREATE TABLE ledger (key text NOT NULL, entry int NOT NULL, UNIQUE (key, entry))');
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(url);
  });
  beforeEach(() => dataSource.query('TRUNCATE ledger'));

  /** Appends the key's next entry, as a capture appends a report's next revision; returns it and its transaction. */
  const appendNext = (key: string) => async (manager: DataSource['manager']) => {
    const [{ next }] = await manager.query(`SELECT count(*)::int + 1 AS next FROM ledger WHERE key = $1`, [key]);
    await manager.query(`INSERT INTO ledger (key, entry) VALUES ($1, $2)`, [key, next]);
    const [{ txid }] = await manager.query(`SELECT txid_current()::text AS txid`);
    return { entry: next as number, txid: txid as string };
  };

  it('given units arriving while a transaction is in flight, then they share the next one, each key in arrival order', async () => {
    const sut = new GroupCommit(dataSource, { concurrency: 1, maxUnits: 10 });
    const first = sut.run('b', appendNext('b'));
    const waiting = ['b', 'a', 'b', 'a'].map((key) => sut.run(key, appendNext(key)));
    const [alone, ...shared] = await Promise.all([first, ...waiting]);
    expect(alone.entry).toBe(1);
    expect(shared.map((result) => result.entry)).toEqual([2, 1, 3, 2]);
    expect(new Set(shared.map((result) => result.txid)).size).toBe(1);
    expect(shared[0].txid).not.toBe(alone.txid);
  });

  it('given a shared transaction where one unit fails, then the others commit and only that caller gets the error', async () => {
    const sut = new GroupCommit(dataSource, { concurrency: 1, maxUnits: 10 });
    const first = sut.run('a', appendNext('a'));
    const failing = sut.run('b', async (manager) => {
      await manager.query(`INSERT INTO ledger (key, entry) VALUES ('b', 1)`);
      await manager.query(`INSERT INTO ledger (key, entry) VALUES ('b', 1)`);
    });
    const healthy = [sut.run('c', appendNext('c')), sut.run('d', appendNext('d'))];
    const outcomes = await Promise.allSettled([first, failing, ...healthy]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/duplicate key/);
    const rows = await dataSource.query(`SELECT key, entry FROM ledger ORDER BY key`);
    expect(rows).toEqual([
      { key: 'a', entry: 1 },
      { key: 'c', entry: 1 },
      { key: 'd', entry: 1 },
    ]);
  });

  it('given more units than a transaction takes, then they are split into transactions of at most maxUnits', async () => {
    const sut = new GroupCommit(dataSource, { concurrency: 1, maxUnits: 2 });
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((key) => sut.run(key, appendNext(key))));
    const sizes = [
      ...results.reduce((count, { txid }) => count.set(txid, (count.get(txid) ?? 0) + 1), new Map()).values(),
    ];
    expect(sizes).toEqual([1, 2, 2]);
  });
});
