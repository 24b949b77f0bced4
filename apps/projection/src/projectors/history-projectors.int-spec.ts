import {
  createEvent,
  FIGURE_CHANGED,
  PalimpsestEvent,
  REVISION_ANALYZED,
  REVISION_RECORDED,
} from '@palimpsest/contracts';
import { dropDatabase, ensureDatabase, openServiceDatabase } from '@palimpsest/persistence';
import { Figure, Qualifier } from '@palimpsest/text';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PROJECTION_MIGRATIONS } from '../migrations';
import { FiguresAsOfRepository } from '../queries/figures-as-of/figures-as-of.repository';
import { ActiveReadModels } from '../rebuild/active-read-models';
import { readModelTables } from '../rebuild/generation-tables';
import { ConsistencyProjector } from './consistency-projector';
import { FigureIntervalProjector } from './figure-interval-projector';
import { FigureProjector } from './figure-projector';
import { ReportProjector } from './report-projector';
import { SilentEditProjector } from './silent-edit-projector';

const REPORT = 'rpt_int_history';
const URL_ = 'https://news.example/takedown';
const TIMES = [
  { observedAt: '2018-10-26T16:00:00.000Z', effectiveAt: '2018-10-26T00:00:00.000Z' },
  { observedAt: '2018-10-26T22:00:00.000Z', effectiveAt: '2018-10-26T20:30:00.000Z' },
  { observedAt: '2018-10-27T09:00:00.000Z', effectiveAt: '2018-10-27T09:00:00.000Z' },
];

const figure = (
  blockId: string,
  key: string,
  label: string,
  value: number,
  qualifier: Qualifier = 'exact',
): Figure => ({
  key,
  label,
  value,
  qualifier,
  unit: 'count',
  text: String(value),
  section: null,
  blockId,
  start: 0,
  end: 1,
});

// Revision 1: 10 = 4 + 6 holds; revision 2 drops "events"; revision 3 changes Instagram accounts to 7, silently.
const FIGURES: Figure[][] = [
  [
    figure('b1', 'total', 'Pages and accounts', 10),
    figure('b2', 'pages', 'Pages', 4),
    figure('b2', 'accounts', 'accounts on Instagram', 6),
    figure('b3', 'events', 'events hosted', 7),
  ],
  [
    figure('b1', 'total', 'Pages and accounts', 10),
    figure('b2', 'pages', 'Pages', 4),
    figure('b2', 'accounts', 'accounts on Instagram', 6),
  ],
  [
    figure('b1', 'total', 'Pages and accounts', 10),
    figure('b2', 'pages', 'Pages', 4),
    figure('b2', 'accounts', 'accounts on Instagram', 7),
  ],
];

function revisionEvents(revision: number): { recorded: PalimpsestEvent; analyses: PalimpsestEvent[] } {
  const { observedAt, effectiveAt } = TIMES[revision - 1];
  const origin = {
    reportId: REPORT,
    occurredAt: observedAt,
    effectiveAt,
    causationId: null,
    correlationId: `c${revision}`,
  };
  const previous = revision === 1 ? null : revision - 1;
  const document = { title: 'Takedown', publishedAt: '2018-10-26', sections: [] };
  const recorded = createEvent(
    REVISION_RECORDED,
    origin,
    {
      url: URL_,
      canonicalUrl: URL_,
      captureSource: 'api',
      revision,
      contentHash: `h${revision}`,
      previousHash: previous === null ? null : `h${previous}`,
      publishedAt: '2018-10-26',
      document,
      amendmentIds: [],
    },
    [revision],
  );
  const figures = FIGURES[revision - 1];
  const silentEdit = revision === 3;
  const analyzed = createEvent(
    REVISION_ANALYZED,
    origin,
    {
      revision,
      previousRevision: previous,
      analyzerVersion: 'v1',
      figures,
      blocks: [],
      figureChangeCount: 1,
      silentEdit,
      limits: { figuresFound: figures.length, figureLimit: 5_000, capsHit: [] },
    },
    [revision],
  );
  const changed = createEvent(
    FIGURE_CHANGED,
    origin,
    {
      revision,
      previousRevision: previous,
      analyzerVersion: 'v1',
      key: 'accounts',
      label: 'accounts on Instagram',
      section: null,
      change: revision === 1 ? 'added' : 'changed',
      from: null,
      to: figures[2],
      silentEdit,
    },
    [revision],
  );
  return { recorded, analyses: [analyzed, changed] };
}

const GENERATION_1 = readModelTables(1);

async function apply(dataSource: DataSource, event: PalimpsestEvent): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if (event.type === 'RevisionRecorded') return new ReportProjector().revisionRecorded(manager, GENERATION_1, event);
    if (event.type === 'FigureChanged') return new FigureProjector().figureChanged(manager, GENERATION_1, event);
    if (event.type !== 'RevisionAnalyzed') return;
    await new FigureIntervalProjector().revisionAnalyzed(manager, GENERATION_1, event);
    const consistency = new ConsistencyProjector();
    await consistency.revisionAnalyzed(manager, GENERATION_1, event, consistency.findSums(event));
    await new SilentEditProjector().revisionAnalyzed(manager, GENERATION_1, event);
  });
}

const TABLES = [
  'figure_intervals_v1',
  'stated_sums_v1',
  'revision_consistency_v1',
  'silent_edits_v1',
  'figure_history_v1',
  'revisions_v1',
];

async function snapshot(dataSource: DataSource) {
  const tables: Record<string, unknown[]> = {};
  for (const table of TABLES)
    tables[table] = await dataSource.query(`SELECT * FROM projection.${table} ORDER BY 1, 2, 3, 4`);
  return tables;
}

describe('history projectors on a real database', () => {
  const server = process.env.PALIMPSEST_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
  const urls = [0, 1].map(() => `${server}/int_${randomBytes(4).toString('hex')}`);
  const sources: DataSource[] = [];
  const events = [1, 2, 3].map(revisionEvents);

  beforeAll(async () => {
    for (const url of urls) {
      await ensureDatabase(url);
      sources.push(
        await openServiceDatabase({
          url,
          schema: 'projection',
          migrations: PROJECTION_MIGRATIONS,
          poolSize: 2,
        }),
      );
    }
    // The two topics are consumed independently: the first database sees each revision before its
    // analysis, the second sees every analysis first and the revisions last, in reverse.
    for (const { recorded, analyses } of events)
      for (const event of [recorded, ...analyses]) await apply(sources[0], event);
    for (const { analyses } of events) for (const event of analyses) await apply(sources[1], event);
    for (const { recorded } of [...events].reverse()) await apply(sources[1], recorded);
  });
  afterAll(async () => {
    for (const source of sources) await source.destroy();
    for (const url of urls) await dropDatabase(url);
  });

  it('given revisions and analyses in either order across topics, then every history read model is the same row for row', async () => {
    expect(await snapshot(sources[1])).toEqual(await snapshot(sources[0]));
  });

  it('then a figure changed in revision 3 has two intervals, the first closed at revision 3 on both axes', async () => {
    const rows = await sources[0].query(
      `SELECT revision, value, ended_by_revision, valid_from, valid_to, recorded_from, recorded_to
       FROM projection.figure_intervals_v1 WHERE key = 'accounts' ORDER BY revision`,
    );
    expect(rows.map((row: any) => [row.revision, row.value, row.ended_by_revision])).toEqual([
      [1, 6, 3],
      [3, 7, null],
    ]);
    expect(rows[0].valid_to.toISOString()).toBe(TIMES[2].effectiveAt);
    expect(rows[0].recorded_to.toISOString()).toBe(TIMES[2].observedAt);
  });

  it('then a figure dropped in revision 2 is not in effect after 20:30Z, and an unchanged one keeps one interval', async () => {
    const sut = new FiguresAsOfRepository(new ActiveReadModels(sources[0]));
    const before = await sut.findFiguresAsOf(REPORT, '2018-10-26T20:00:00.000Z', 'effective');
    const after = await sut.findFiguresAsOf(REPORT, '2018-10-26T20:45:00.000Z', 'effective');
    expect(before.map((item: { key: string }) => item.key).sort()).toEqual(['accounts', 'events', 'pages', 'total']);
    expect(after.map((item: { key: string }) => item.key).sort()).toEqual(['accounts', 'pages', 'total']);
    const [{ count }] = await sources[0].query(
      `SELECT count(*)::int AS count FROM projection.figure_intervals_v1 WHERE key = 'pages'`,
    );
    expect(count).toBe(1);
  });

  it('then revision 3 is inconsistent and the only silent edit', async () => {
    const consistency = await sources[0].query(
      `SELECT revision, consistent FROM projection.revision_consistency_v1 ORDER BY revision`,
    );
    expect(consistency.map((row: any) => [row.revision, row.consistent])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    const silent = await sources[0].query(`SELECT revision FROM projection.silent_edits_v1`);
    expect(silent).toEqual([{ revision: 3 }]);
  });
});
