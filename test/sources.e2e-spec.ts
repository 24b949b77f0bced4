import { bufferIo } from './support/buffer-io';
import { canonicalUrl, reportIdFor } from '@palimpsest/contracts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runCommandLine } from '../apps/cli/src/run';
import { authorised } from './support/authorised';
import { articlePage, ChangingSite } from './support/changing-site';
import { getJson, Pipeline } from './support/pipeline';
import { waitFor } from '../deploy/kafka/wait-for';
import { writeWarcGz } from './support/warc-writer';

/**
 * Watchers and importers against a local site whose pages and feed change
 * between polls, with small poll intervals; the real broker and database.
 */
describe('sources: watchers and imports', () => {
  const pipeline = new Pipeline();
  const site = new ChangingSite();
  const db = () => new Client({ connectionString: pipeline.env.DATABASE_URL });
  let client: Client;

  const ingest = async (method: string, path: string, body?: unknown, headers = authorised(pipeline)) => {
    const response = await fetch(`${pipeline.url('ingest')}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const watch = async (path: string, kind = 'url') => {
    const { status, body } = await ingest('POST', '/sources', { url: site.url(path), kind, intervalSeconds: 0.2 });
    expect(status).toBe(201);
    return body as { id: string };
  };
  const revisionsOf = async (url: string) => {
    const { rows } = await client.query(
      `SELECT revision, observed_at FROM ingest.revisions WHERE report_id = $1 ORDER BY revision`,
      [reportIdFor(canonicalUrl(url))],
    );
    return rows.map((row) => ({
      revision: row.revision as number,
      observedAt: (row.observed_at as Date).toISOString(),
    }));
  };
  const targetOf = async (sourceId: string, url: string) => {
    const { body } = await ingest('GET', `/sources/${sourceId}`);
    return (
      body.targets as Array<{
        url: string;
        lastOutcome: string | null;
        consecutiveFailures: number;
        lastError: string | null;
      }>
    ).find((target) => target.url === url);
  };

  beforeAll(async () => {
    await site.start();
    Object.assign(pipeline.env, {
      SOURCE_FETCH_ALLOWLIST: '127.0.0.1',
      SOURCE_POLL_TICK_MS: '50',
      SOURCE_MIN_INTERVAL_MS: '100',
      SOURCE_JITTER_PERCENT: '0',
      SOURCE_MAX_BACKOFF_MS: '300',
      SOURCE_FAILURE_THRESHOLD: '3',
      SOURCE_FETCH_TIMEOUT_MS: '3000',
      SOURCE_ROBOTS_TTL_MS: '0',
    });
    site.set('/robots.txt', { body: 'User-agent: *\nDisallow: /private/\n', contentType: 'text/plain' });
    await pipeline.start();
    client = db();
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await pipeline.stop();
    await site.stop();
  });

  it('given a feed, when an entry is added and a page changes between polls, then both are picked up as revisions', async () => {
    site.set('/posts/a', { body: articlePage('Takedown A', 'We removed 12 Pages.') });
    site.setFeed('/feed.xml', ['/posts/a']);
    const source = await watch('/feed.xml', 'feed');
    await waitFor(
      () => revisionsOf(site.url('/posts/a')),
      (revisions) => revisions.length === 1,
      { what: 'post a recorded' },
    );

    site.set('/posts/b', { body: articlePage('Takedown B', 'We removed 7 accounts.') });
    site.setFeed('/feed.xml', ['/posts/b', '/posts/a']);
    await waitFor(
      () => revisionsOf(site.url('/posts/b')),
      (revisions) => revisions.length === 1,
      { what: 'new feed entry b' },
    );

    site.set('/posts/a', { body: articlePage('Takedown A', 'We removed 14 Pages.') });
    const revisions = await waitFor(
      () => revisionsOf(site.url('/posts/a')),
      (found) => found.length === 2,
      { what: 'a revised' },
    );
    expect(revisions.map((revision) => revision.revision)).toEqual([1, 2]);
    const { body } = await ingest('GET', `/sources/${source.id}`);
    expect(body).toMatchObject({ id: source.id, kind: 'feed', intervalSeconds: 0.2, enabled: true });
    expect(body.targets.map((target: { url: string; role: string }) => [target.role, target.url]).sort()).toEqual(
      [
        ['listing', site.url('/feed.xml')],
        ['page', site.url('/posts/a')],
        ['page', site.url('/posts/b')],
      ].sort(),
    );
    const reportA = reportIdFor(canonicalUrl(site.url('/posts/a')));
    await waitFor(
      () => getJson(`${pipeline.url('projection')}/reports/${reportA}`),
      (answer) => answer.body?.revisionCount === 2,
      {
        what: 'projection shows both revisions of a',
      },
    );
  });

  it('given a page answering 304 and a page served identically, then polls add no revision and confirm the report', async () => {
    site.set('/posts/etag', { body: articlePage('Stable', 'We removed 3 groups.'), etag: true });
    site.set('/posts/same', { body: articlePage('Same', 'We removed 5 groups.') });
    await watch('/posts/etag');
    await watch('/posts/same');
    await waitFor(
      async () => site.notModified.get('/posts/etag') ?? 0,
      (count) => count >= 3,
      { what: '304 answers' },
    );
    await waitFor(
      async () => site.count('/posts/same'),
      (count) => count >= 4,
      { what: 'identical polls' },
    );
    expect(await revisionsOf(site.url('/posts/etag'))).toHaveLength(1);
    expect(await revisionsOf(site.url('/posts/same'))).toHaveLength(1);
    const { rows } = await client.query(
      `SELECT last_confirmed_at > first_seen_at AS confirmed_later FROM ingest.reports WHERE report_id = ANY($1)`,
      [[site.url('/posts/etag'), site.url('/posts/same')].map((url) => reportIdFor(canonicalUrl(url)))],
    );
    expect(rows.map((row) => row.confirmed_later)).toEqual([true, true]);
  });

  it('given a page that fails on every poll, then one SourceFailing reaches the log per failure streak', async () => {
    site.set('/broken', { body: '', status: 500 });
    const source = await watch('/broken');
    const target = await waitFor(
      () => targetOf(source.id, site.url('/broken')),
      (found) => (found?.consecutiveFailures ?? 0) >= 4,
      {
        what: 'four failures in a row',
      },
    );
    expect(target).toMatchObject({ lastOutcome: 'failed', lastError: expect.stringMatching(/HTTP 500/) });
    const { rows } = await waitFor(
      () => client.query(`SELECT message, published_at FROM ingest.outbox WHERE message->>'type' = 'SourceFailing'`),
      (result) => result.rows.length > 0 && result.rows.every((row) => row.published_at !== null),
      { what: 'SourceFailing published' },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].message).toMatchObject({
      type: 'SourceFailing',
      reportId: reportIdFor(canonicalUrl(site.url('/broken'))),
      payload: {
        sourceId: source.id,
        url: site.url('/broken'),
        consecutiveFailures: 3,
        lastError: expect.stringMatching(/HTTP 500/),
      },
    });
  });

  it('given a page robots.txt disallows, then it is not fetched and the source says why', async () => {
    site.set('/private/memo', { body: articlePage('Memo', 'We removed 2 Pages.') });
    const source = await watch('/private/memo');
    const target = await waitFor(
      () => targetOf(source.id, site.url('/private/memo')),
      (found) => found?.lastOutcome != null,
      {
        what: 'robots decision',
      },
    );
    expect(target?.lastOutcome).toBe('disallowed by robots.txt');
    expect(site.count('/private/memo')).toBe(0);
  });

  it('given redirects, then a short chain is followed, a long one and one to a private address fail', async () => {
    site.set('/old', { body: '', redirect: '/posts/moved' });
    site.set('/posts/moved', { body: articlePage('Moved', 'We removed 9 Pages.') });
    for (let hop = 0; hop < 7; hop++) site.set(`/loop/${hop}`, { body: '', redirect: `/loop/${hop + 1}` });
    site.set('/to-private', { body: '', redirect: 'http://10.255.255.1/internal' });
    await watch('/old');
    const long = await watch('/loop/0');
    const inside = await watch('/to-private');
    await waitFor(
      () => revisionsOf(site.url('/old')),
      (revisions) => revisions.length === 1,
      { what: 'redirected page recorded' },
    );
    const longTarget = await waitFor(
      () => targetOf(long.id, site.url('/loop/0')),
      (found) => found?.lastError != null,
      { what: 'loop' },
    );
    expect(longTarget?.lastError).toMatch(/more than 5 redirects/);
    const insideTarget = await waitFor(
      () => targetOf(inside.id, site.url('/to-private')),
      (found) => found?.lastError != null,
      {
        what: 'private redirect refused',
      },
    );
    expect(insideTarget?.lastError).toMatch(/10\.255\.255\.1.*not in SOURCE_FETCH_ALLOWLIST/);
  });

  it('given writes without the bearer token or with bad bodies, then they are refused', async () => {
    expect((await ingest('POST', '/sources', { url: site.url('/x') }, {})).status).toBe(401);
    expect((await ingest('POST', '/sources', { url: 'file:///etc/passwd' })).body.message).toMatch(/http or https/);
    expect((await ingest('POST', '/sources', { url: site.url('/x'), intervalSeconds: 0.01 })).status).toBe(400);
    expect((await ingest('DELETE', '/sources/src_missing')).status).toBe(404);
  });

  it('given the CLI, when a source is added, listed, paused and removed, then the API shows each step', async () => {
    const api = ['--api', pipeline.url('ingest'), '--token', pipeline.env.API_TOKEN];
    const added = bufferIo();
    expect(
      await runCommandLine(
        ['sources', 'add', '--url', site.url('/cli-feed.xml'), '--kind', 'feed', '--interval', '60', ...api],
        added,
      ),
    ).toBe(0);
    const { id } = JSON.parse(added.out());
    expect((await ingest('PATCH', `/sources/${id}`, { enabled: false })).body).toMatchObject({ id, enabled: false });
    const listed = bufferIo();
    expect(await runCommandLine(['sources', 'list', ...api], listed)).toBe(0);
    expect(JSON.parse(listed.out()).items).toContainEqual(
      expect.objectContaining({ id, kind: 'feed', intervalSeconds: 60 }),
    );
    expect(await runCommandLine(['sources', 'remove', '--id', id, ...api], bufferIo())).toBe(0);
    expect((await ingest('GET', `/sources/${id}`)).status).toBe(404);
  });

  it('given a WARC with three captures of one page, then three observations and two revisions; importing it again adds nothing', async () => {
    const url = 'https://archive.example/news/2018/10/takedown';
    const v1 = articlePage('Takedown', 'We removed 82 Pages, Groups and accounts.');
    const v2 = articlePage('Takedown', 'We removed 85 Pages, Groups and accounts.');
    // Written newest first: the importer posts in archive-time order.
    const warc = writeWarcGz([
      { url, date: '2018-10-27T08:00:00Z', html: v2 },
      { url, date: '2018-10-26T22:00:00Z', html: v2 },
      { url, date: '2018-10-26T16:00:00Z', html: v1 },
    ]);
    const reportId = reportIdFor(canonicalUrl(url));
    const dir = await mkdtemp(join(tmpdir(), 'palimpsest-warc-'));
    const file = join(dir, 'captures.warc.gz');
    await writeFile(file, warc);
    const api = ['--api', pipeline.url('ingest'), '--token', pipeline.env.API_TOKEN];
    try {
      const first = bufferIo();
      expect(await runCommandLine(['import', file, ...api], first)).toBe(0);
      expect(JSON.parse(first.out())).toEqual({ captures: 3, recorded: 2, unchanged: 1, failed: 0, skippedRecords: 4 });
      expect(first.err().trim().split('\n').at(-1)).toMatch(/ 3\/3 captures, /);
      const outboxBefore = await client.query(`SELECT count(*)::int AS n FROM ingest.outbox WHERE message_key = $1`, [
        reportId,
      ]);

      expect(outboxBefore.rows[0].n).toBeGreaterThanOrEqual(2);
      const again = bufferIo();
      expect(await runCommandLine(['import', file, ...api], again)).toBe(0);
      expect(JSON.parse(again.out())).toMatchObject({ captures: 3, recorded: 0, unchanged: 3, failed: 0 });
      expect(
        (await client.query(`SELECT count(*)::int AS n FROM ingest.outbox WHERE message_key = $1`, [reportId])).rows,
      ).toEqual(outboxBefore.rows);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const { rows: observations } = await client.query(
      `SELECT revision FROM ingest.captures WHERE report_id = $1 ORDER BY observed_at`,
      [reportId],
    );
    expect(observations.map((row) => row.revision)).toEqual([1, 2, 2]);
    expect(await revisionsOf(url)).toEqual([
      { revision: 1, observedAt: '2018-10-26T16:00:00.000Z' },
      { revision: 2, observedAt: '2018-10-26T22:00:00.000Z' },
    ]);
    const { body } = await waitFor(
      () => getJson(`${pipeline.url('projection')}/reports/${reportId}/revisions`),
      (answer) => answer.body?.items?.length === 2,
      { what: 'projected revisions' },
    );
    expect(body.items.map((item: { observedAt: string }) => item.observedAt)).toEqual([
      '2018-10-26T16:00:00.000Z',
      '2018-10-26T22:00:00.000Z',
    ]);
  });

  it('given a directory with a manifest, then its files are imported at the manifest times', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'palimpsest-dir-'));
    const url = 'https://archive.example/news/dir-report';
    try {
      await writeFile(join(dir, 'first.html'), articlePage('Dir', 'We removed 30 Pages.'));
      await writeFile(join(dir, '2018-10-26T18-00-00Z__second.html'), articlePage('Dir', 'We removed 33 Pages.'));
      await writeFile(
        join(dir, 'manifest.csv'),
        `file,url,observedAt\nfirst.html,${url},2018-10-26T16:00:00Z\n2018-10-26T18-00-00Z__second.html,${url},\n`,
      );
      const io = bufferIo();
      expect(
        await runCommandLine(['import', dir, '--api', pipeline.url('ingest'), '--token', pipeline.env.API_TOKEN], io),
      ).toBe(0);
      expect(JSON.parse(io.out())).toMatchObject({ captures: 2, recorded: 2, failed: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await revisionsOf(url)).toEqual([
      { revision: 1, observedAt: '2018-10-26T16:00:00.000Z' },
      { revision: 2, observedAt: '2018-10-26T18:00:00.000Z' },
    ]);
  });
});
