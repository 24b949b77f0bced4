import { historyCommand } from '../apps/cli/src/history/history.command';
import { fakeIo } from '../apps/cli/src/testing/fake-io.spec-helper';
import { getJson, Pipeline } from './support/pipeline';
import { describeWithSeed, readSeed } from '@palimpsest/shared-folder';
import { SEED_URL, seedBeforeUpdate } from './support/shared-data';
import { waitFor } from '../deploy/kafka/wait-for';
import { captureTextAs } from './support/authorised';

const FOLLOWERS = 'followers/account-follow-page';
const INSTAGRAM = 'presence-on-facebook-and-instagram/account-instagram';

/** Revision 3: two figures edited with no note, as the issue asks. */
function seedSilentlyEdited(): string {
  const seed = readSeed();
  for (const phrase of ['About 1.02 million', '16 accounts on Instagram'])
    if (!seed.includes(phrase)) throw new Error(`the seed no longer says "${phrase}"`);
  return seed
    .replace('About 1.02 million', 'About 1.1 million')
    .replace('16 accounts on Instagram', '17 accounts on Instagram');
}

/** RFC 4180 reader for the export: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted && character === '"' && text[index + 1] === '"') {
      field += '"';
      index++;
    } else if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && character === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && character === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += character;
    }
  }
  return rows;
}

/**
 * The analysts' questions on real infrastructure: the seed's two revisions and
 * a silent third one go in through ingest, and the history API answers what
 * the report said when, what changed, and whether its totals still add up.
 */
describeWithSeed('figure history, as-of, diffs, consistency and exports', () => {
  const pipeline = new Pipeline();
  let reportId: string;

  const capture = async (text: string, observedAt: string) =>
    (await captureTextAs(pipeline, SEED_URL, text, observedAt)).body as { reportId: string; revision: number };
  const projection = (path: string) => getJson(`${pipeline.url('projection')}${path}`);
  const fetchText = async (path: string, accept?: string) => {
    const response = await fetch(`${pipeline.url('projection')}${path}`, { headers: accept ? { accept } : {} });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };
  const asOf = (instant: string, axis = 'effective') =>
    projection(`/reports/${reportId}/figures?asOf=${instant}&axis=${axis}`).then(({ body }) => body);
  const valueOf = (items: Array<{ key: string; value: number }>, key: string) =>
    items.find((figure) => figure.key === key)?.value;

  beforeAll(async () => {
    await pipeline.start();
    reportId = (await capture(seedBeforeUpdate(), '2018-10-26T16:00:00Z')).reportId;
    await capture(readSeed(), '2018-10-26T22:00:00Z');
    await capture(seedSilentlyEdited(), '2018-10-27T09:00:00Z');
    await waitFor(
      async () => [
        await projection(`/reports/${reportId}/consistency`),
        await projection(`/reports/${reportId}/revisions`),
      ],
      ([consistency, revisions]) => consistency.body.items?.length === 3 && revisions.body.items?.length === 3,
      { what: 'three analysed revisions' },
    );
    await waitFor(
      () => projection(`/changes?report=${reportId}`),
      ({ body }) => body.items?.some((change: { revision: number }) => change.revision === 3),
      { what: 'the changes of revision 3' },
    );
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it('given the effective axis, when read as of 20:00Z, then the figures are revision 1s', async () => {
    const body = await asOf('2018-10-26T20:00:00Z');
    expect(body.revision).toMatchObject({ revision: 1 });
    expect(body.items.every((figure: { revision: number }) => figure.revision === 1)).toBe(true);
    expect(body.items.some((figure: { value: number }) => figure.value === 110)).toBe(false);
    expect(valueOf(body.items, FOLLOWERS)).toBe(1_020_000);
  });

  it('given the effective axis, when read as of 20:45Z, then the figures are revision 2s, after its 20:30Z note', async () => {
    const body = await asOf('2018-10-26T20:45:00Z');
    expect(body.revision).toMatchObject({ revision: 2, effectiveAt: '2018-10-26T20:30:00.000Z' });
    expect(body.items.some((figure: { value: number; section: string }) => figure.value === 110)).toBe(true);
    expect(valueOf(body.items, FOLLOWERS)).toBe(1_020_000);
    expect(valueOf(body.items, INSTAGRAM)).toBe(16);
  });

  it('given the observed axis, when read as of 20:45Z, then only revision 1 had been seen', async () => {
    const body = await asOf('2018-10-26T20:45:00Z', 'observed');
    expect(body.revision).toMatchObject({ revision: 1 });
    expect(body.items.some((figure: { value: number }) => figure.value === 110)).toBe(false);
    const later = await asOf('2018-10-27T10:00:00Z', 'observed');
    expect(valueOf(later.items, FOLLOWERS)).toBe(1_100_000);
    expect(valueOf(later.items, INSTAGRAM)).toBe(17);
  });

  it('then revision 3 is a silent edit and breaks 82 = 30 + 33 + 3 + 16, which held before', async () => {
    const { body: revisions } = await projection(`/reports/${reportId}/revisions`);
    expect(revisions.items.map((revision: any) => revision.analysis?.silentEdit)).toEqual([false, false, true]);
    const { body: silent } = await projection(`/silent-edits?report=${reportId}`);
    expect(silent.items.map((edit: { revision: number }) => edit.revision)).toEqual([3]);

    const { body: consistency } = await projection(`/reports/${reportId}/consistency`);
    const [first, second, third] = consistency.items;
    expect([first.consistent, second.consistent, third.consistent]).toEqual([true, true, false]);
    expect([first.breaksEarlierSum, second.breaksEarlierSum, third.breaksEarlierSum]).toEqual([false, false, true]);
    const broken = third.sums.find((sum: any) => sum.breaksEarlierSum);
    expect(broken.total).toMatchObject({ value: 82 });
    expect(broken.parts.map((part: { value: number }) => part.value)).toEqual([30, 33, 3, 17]);
    expect(broken).toMatchObject({ partsSum: 83, holds: false, heldBefore: true });
    expect(first.sums[0]).toMatchObject({ partsSum: 82, holds: true });
  });

  it('then the followers history has two points, both "about", with intervals on both axes', async () => {
    const { body } = await projection(`/reports/${reportId}/figures/${encodeURIComponent(FOLLOWERS)}/history`);
    expect(body.key).toBe(FOLLOWERS);
    expect(body.items).toHaveLength(2);
    expect(body.items.map((point: any) => [point.revision, point.value, point.qualifier])).toEqual([
      [1, 1_020_000, 'about'],
      [3, 1_100_000, 'about'],
    ]);
    expect(body.items[0]).toMatchObject({
      change: 'added',
      validFrom: '2018-10-26T00:00:00.000Z',
      validTo: body.items[1].effectiveAt,
      recordedFrom: '2018-10-26T16:00:00.000Z',
      recordedTo: '2018-10-27T09:00:00.000Z',
    });
    expect(body.items[1]).toMatchObject({ change: 'changed', silentEdit: true, validTo: null, recordedTo: null });
  });

  it('given revisions 1 and 3, when diffed, then every change of both steps is listed', async () => {
    const { status, body } = await projection(`/reports/${reportId}/diff?from=1&to=3`);
    expect(status).toBe(200);
    const changes = body.figureChanges.map((change: any) => [
      change.key,
      change.change,
      change.from?.value ?? null,
      change.to?.value ?? null,
    ]);
    expect(changes).toEqual(
      expect.arrayContaining([
        [FOLLOWERS, 'changed', 1_020_000, 1_100_000],
        [INSTAGRAM, 'changed', 16, 17],
        ['events/event-expressed-interest-people', 'added', null, 110],
        ['events/event-interest-no-received', 'added', null, 2],
      ]),
    );
    expect(body.figureChanges).toHaveLength(4);
    expect(body.steps.map((step: any) => [step.revision, step.silentEdit])).toEqual([
      [2, false],
      [3, true],
    ]);
  });

  it('given revision 2, when read, then its text is as recorded with its note', async () => {
    const { body } = await projection(`/reports/${reportId}/revisions/2`);
    expect(body.documentText).toContain('110 people expressed interest');
    expect(body.document.sections.length).toBeGreaterThan(0);
    expect(body.amendments).toHaveLength(1);
    expect(body.consistency).toMatchObject({ consistent: true });
  });

  it('given a CSV export of the history, then it parses back with qualifier, unit, revision and both times', async () => {
    for (const [path, accept] of [
      [`/reports/${reportId}/history.csv`, undefined],
      [`/reports/${reportId}/history`, 'text/csv'],
    ]) {
      const { status, type, text } = await fetchText(path!, accept);
      expect(status).toBe(200);
      expect(type).toContain('text/csv');
      const [header, ...rows] = parseCsv(text);
      for (const column of ['key', 'value', 'qualifier', 'unit', 'revision', 'observed_at', 'effective_at'])
        expect(header).toContain(column);
      const record = (row: string[]) => Object.fromEntries(header.map((name, index) => [name, row[index]]));
      const followers = rows.map(record).filter((row) => row.key === FOLLOWERS);
      expect(followers.map((row) => [row.revision, row.value, row.qualifier, row.unit])).toEqual([
        ['1', '1020000', 'about', 'count'],
        ['3', '1100000', 'about', 'count'],
      ]);
      expect(followers[1]).toMatchObject({
        observed_at: '2018-10-27T09:00:00.000Z',
        effective_at: '2018-10-27T09:00:00.000Z',
      });
      expect(rows.every((row) => row.length === header.length)).toBe(true);
    }
  });

  it('given a JSON Lines export of the changes feed, then each line parses with the same fields', async () => {
    for (const [path, accept] of [
      [`/changes.jsonl?report=${reportId}`, undefined],
      [`/changes?report=${reportId}`, 'application/x-ndjson'],
    ]) {
      const { status, type, text } = await fetchText(path!, accept);
      expect(status).toBe(200);
      expect(type).toContain('application/x-ndjson');
      const lines = text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.length).toBeGreaterThanOrEqual(16);
      const instagram = lines.find((line) => line.key === INSTAGRAM && line.revision === 3);
      expect(instagram).toMatchObject({
        value: 17,
        from_value: 16,
        qualifier: 'exact',
        unit: 'count',
        silent_edit: true,
      });
      expect(instagram.observed_at).toBe('2018-10-27T09:00:00.000Z');
      expect(instagram.effective_at).toBe('2018-10-27T09:00:00.000Z');
    }
    const csv = await fetchText(`/changes.csv?report=${reportId}&kind=changed`);
    const [, ...rows] = parseCsv(csv.text);
    expect(rows).toHaveLength(2);
  });

  it('given the changes feed in pages of 5, then the pages join up to the whole feed', async () => {
    const { body: whole } = await projection(`/changes?report=${reportId}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/changes?report=${reportId}&limit=5${cursor ? `&cursor=${cursor}` : ''}`;
      const { body } = await projection(query);
      seen.push(...body.items.map((item: { id: string }) => item.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole.items.map((item: { id: string }) => item.id));
  });

  it('given report filters, then the seed is found by URL prefix, publisher and title text, and not by a later change', async () => {
    for (const query of ['urlPrefix=https://about.fb.com/news/2018/', 'publisher=about.fb.com', 'q=inauthentic']) {
      const { body } = await projection(`/reports?${query}`);
      expect(body.items.map((report: { id: string }) => report.id)).toContain(reportId);
    }
    const { body } = await projection('/reports?changedSince=2018-10-28T00:00:00Z');
    expect(body.items.map((report: { id: string }) => report.id)).not.toContain(reportId);
  });

  it('then /docs-json lists the endpoints', async () => {
    const { status, body } = await projection('/docs-json');
    expect(status).toBe(200);
    const page = await fetchText('/docs');
    expect([page.status, page.type]).toEqual([200, expect.stringContaining('text/html')]);
    for (const path of [
      '/reports',
      '/reports/{id}/revisions/{n}',
      '/reports/{id}/diff',
      '/reports/{id}/figures',
      '/reports/{id}/figures/{key}/history',
      '/changes',
    ])
      expect(Object.keys(body.paths)).toContain(path);
  });

  it.each([
    ['asOf=yesterday', '"asOf"'],
    ['asOf=2018-10-26T20:00:00Z&axis=sideways', '"axis"'],
    ['axis=observed', '"asOf"'],
  ])('given %s, when figures are asked for, then 400 names %s', async (query, named) => {
    const { status, body } = await projection(`/reports/${reportId}/figures?${query}`);
    expect(status).toBe(400);
    expect(body.message).toContain(named);
  });

  describe('the history CLI against the running API', () => {
    const history = async (...argv: string[]) => {
      const io = fakeIo({});
      const values: Record<string, string> = {};
      for (let index = 1; index < argv.length; index += 2) values[argv[index].replace(/^--/, '')] = argv[index + 1];
      const code = await historyCommand.run({ positionals: [argv[0]], values }, io);
      return { code, out: io.out(), err: io.err() };
    };

    it('given the seed URL and the followers metric as CSV, then two "about" rows with both times are printed', async () => {
      const { code, out } = await history(
        SEED_URL,
        '--metric',
        FOLLOWERS,
        '--format',
        'csv',
        '--api',
        pipeline.url('projection'),
      );
      expect(code).toBe(0);
      const [header, ...rows] = parseCsv(out);
      expect(header).toEqual(expect.arrayContaining(['qualifier', 'unit', 'revision', 'observed_at', 'effective_at']));
      expect(rows.map((row) => row[header.indexOf('qualifier')])).toEqual(['about', 'about']);
    });

    it('given an unknown report id, then it says so and exits with 2', async () => {
      const { code, err } = await history('rpt_unknown', '--api', pipeline.url('projection'));
      expect(code).toBe(2);
      expect(err).toContain('no report with id "rpt_unknown"');
    });

    it('given an API nobody listens on, then it says it cannot reach it and exits with 2', async () => {
      const { code, err } = await history(reportId, '--api', 'http://127.0.0.1:9');
      expect(code).toBe(2);
      expect(err).toContain('cannot reach the Palimpsest API at http://127.0.0.1:9');
    });
  });
});
