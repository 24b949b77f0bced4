import type { PalimpsestEvent } from '@palimpsest/contracts';
import {
  AMENDMENT_NOTED,
  createEvent,
  FIGURE_CHANGED,
  REVISION_ANALYZED,
  REVISION_RECORDED,
} from '@palimpsest/contracts';
import type { Figure, Qualifier } from '@palimpsest/text';
import type { DataSource } from 'typeorm';
import { FiguresAsOfRepository } from '../queries/figures-as-of/figures-as-of.repository';
import { ActiveReadModels } from '../rebuild/active-read-models';
import { readModelContents, readModelSpec, ThrowawayProjectionDatabases } from './read-model-spec.spec-helper';

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

const NOTE = '[Updated on October 26, 2018 at 1:30PM PT to add the events]';

/** One revision's events: on the revisions topic the record and its new notes, on the analyses topic the rest. */
function revisionEvents(revision: number): { records: PalimpsestEvent[]; analyses: PalimpsestEvent[] } {
  const { observedAt, effectiveAt } = TIMES[revision - 1];
  const origin = {
    reportId: REPORT,
    occurredAt: observedAt,
    effectiveAt,
    causationId: null,
    correlationId: `c${revision}`,
  };
  const previous = revision === 1 ? null : revision - 1;
  // Revision 2 brings the update note that dates it 20:30Z.
  const amendments =
    revision === 2
      ? [
          createEvent(
            AMENDMENT_NOTED,
            { ...origin, effectiveAt: TIMES[1].effectiveAt },
            {
              revision,
              kind: 'update',
              raw: NOTE,
              statedAt: TIMES[1].effectiveAt,
              precision: 'minute',
              timezone: 'America/Los_Angeles',
              reason: 'to add the events',
              blockId: 'b4',
            },
            [NOTE],
          ),
        ]
      : [];
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
      amendmentIds: amendments.map((event) => event.id),
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
  return { records: [recorded, ...amendments], analyses: [analyzed, changed] };
}

const REVISIONS = [1, 2, 3].map(revisionEvents);
/** The whole log as one consumer of both topics would meet it, each revision before its analyses. */
const IN_REVISION_ORDER = REVISIONS.flatMap(({ records, analyses }) => [...records, ...analyses]);
const RECORDS = REVISIONS.flatMap(({ records }) => records);
const ANALYSES = REVISIONS.flatMap(({ analyses }) => analyses);

describe('history read models, applied the way the live consumer applies them', () => {
  const databases = new ThrowawayProjectionDatabases();
  const spec = readModelSpec(databases);
  /** Every event once, one at a time, each revision before its analyses: what the other orders must equal. */
  let once: DataSource;
  let onceRows: Record<string, string[]>;

  beforeAll(async () => {
    once = await spec
      .given([])
      .when(IN_REVISION_ORDER, { batchSize: 1 })
      .then(async (dataSource) => dataSource);
    onceRows = await readModelContents(once);
  });
  afterAll(() => databases.dropAll());

  it('given every event once, then every read model has rows: no handler is left out', () => {
    const empty = Object.entries(onceRows).filter(([, rows]) => rows.length === 0);

    expect(empty).toEqual([]);
  });

  it('given every analysis first and the revisions after them in reverse, when applied, then every read model is the same row for row', async () => {
    const rows = await spec
      .given(ANALYSES)
      .when([...RECORDS].reverse())
      .then(readModelContents);

    expect(rows).toEqual(onceRows);
  });

  it('given the log, when each batch of it is delivered twice, then every read model is as after one delivery', async () => {
    const rows = await spec
      .given([])
      .when(IN_REVISION_ORDER, { numberOfTimes: 2, batchSize: 4 })
      .then(readModelContents);

    expect(rows).toEqual(onceRows);
  });

  it('given the log applied, when all of it is published again at new offsets, then nothing changes', async () => {
    const rows = await spec.given(IN_REVISION_ORDER).when(IN_REVISION_ORDER).then(readModelContents);

    expect(rows).toEqual(onceRows);
  });

  it('then a figure changed in revision 3 has two intervals, the first closed at revision 3 on both axes', async () => {
    const rows = await once.query(
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
    const sut = new FiguresAsOfRepository(new ActiveReadModels(once));
    const before = await sut.findFiguresAsOf(REPORT, '2018-10-26T20:00:00.000Z', 'effective');
    const after = await sut.findFiguresAsOf(REPORT, '2018-10-26T20:45:00.000Z', 'effective');
    expect(before.map((item: { key: string }) => item.key).sort()).toEqual(['accounts', 'events', 'pages', 'total']);
    expect(after.map((item: { key: string }) => item.key).sort()).toEqual(['accounts', 'pages', 'total']);
    const [{ count }] = await once.query(
      `SELECT count(*)::int AS count FROM projection.figure_intervals_v1 WHERE key = 'pages'`,
    );
    expect(count).toBe(1);
  });

  it('then revision 3 is inconsistent and the only silent edit', async () => {
    const consistency = await once.query(
      `SELECT revision, consistent FROM projection.revision_consistency_v1 ORDER BY revision`,
    );
    expect(consistency.map((row: any) => [row.revision, row.consistent])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    const silent = await once.query(`SELECT revision FROM projection.silent_edits_v1`);
    expect(silent).toEqual([{ revision: 3 }]);
  });

  it('then the report counts three revisions, each analysed, and its current figures are those of revision 3', async () => {
    const [report] = await once.query(
      `SELECT revision_count, first_seen_at, last_revised_at FROM projection.reports_v1 WHERE report_id = $1`,
      [REPORT],
    );
    expect(report.revision_count).toBe(3);
    expect(report.first_seen_at.toISOString()).toBe(TIMES[0].observedAt);
    expect(report.last_revised_at.toISOString()).toBe(TIMES[2].observedAt);
    const analyses = await once.query(
      `SELECT revision, silent_edit FROM projection.revision_analyses_v1 ORDER BY revision`,
    );
    expect(analyses).toEqual([
      { revision: 1, silent_edit: false },
      { revision: 2, silent_edit: false },
      { revision: 3, silent_edit: true },
    ]);
    const current = await once.query(
      `SELECT key, revision, value FROM projection.figures_current_v1 WHERE report_id = $1 ORDER BY key`,
      [REPORT],
    );
    expect(current).toEqual([
      { key: 'accounts', revision: 3, value: 7 },
      { key: 'pages', revision: 3, value: 4 },
      { key: 'total', revision: 3, value: 10 },
    ]);
  });

  it('then the update note is kept with the instant it states', async () => {
    const notes = await once.query(`SELECT revision, raw, effective_at FROM projection.amendments_v1`);

    expect(notes.map((note: any) => [note.revision, note.raw, note.effective_at.toISOString()])).toEqual([
      [2, NOTE, TIMES[1].effectiveAt],
    ]);
  });
});
