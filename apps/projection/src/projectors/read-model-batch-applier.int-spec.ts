import type { PalimpsestEvent } from '@palimpsest/contracts';
import { createEvent, FIGURE_CHANGED, REVISION_ANALYZED, REVISION_RECORDED } from '@palimpsest/contracts';
import type { Figure } from '@palimpsest/text';
import type { DataSource } from 'typeorm';
import { readModelTables } from '../rebuild/generation-tables';
import { copyRowsIn } from './append-rows';
import { ReadModelBatchApplier } from './read-model-batch-applier';
import {
  readModelApplier as oneByOne,
  readModelContents as contents,
  ThrowawayProjectionDatabases,
} from './read-model-spec.spec-helper';

const GENERATION_1 = readModelTables(1);

const figure = (key: string, value: number): Figure => ({
  key,
  label: key,
  value,
  qualifier: 'exact',
  unit: 'count',
  text: String(value),
  section: null,
  blockId: 'b',
  start: 0,
  end: 1,
});

/** Per revision: 10 = 4 + 6 holds, then "events" is dropped, then accounts moves to 7 and the sum breaks. */
const FIGURES: Figure[][] = [
  [figure('total', 10), figure('pages', 4), figure('accounts', 6), figure('events', 7)],
  [figure('total', 10), figure('pages', 4), figure('accounts', 6)],
  [figure('total', 10), figure('pages', 4), figure('accounts', 7)],
];

function origin(reportId: string, revision: number) {
  const day = String(10 + revision).padStart(2, '0');
  return {
    reportId,
    occurredAt: `2024-03-${day}T10:00:00.000Z`,
    effectiveAt: `2024-03-${day}T08:00:00.000Z`,
    causationId: null,
    correlationId: `${reportId}-${revision}`,
  };
}

function recorded(reportId: string, revision: number, title: string, publishedAt: string | null): PalimpsestEvent {
  const url = `https://news.example/${reportId}`;
  return createEvent(
    REVISION_RECORDED,
    origin(reportId, revision),
    {
      url: `${url}?v=${revision}`,
      canonicalUrl: url,
      captureSource: 'api',
      revision,
      contentHash: `h${revision}`,
      previousHash: revision === 1 ? null : `h${revision - 1}`,
      publishedAt,
      document: { title, publishedAt, sections: [] },
      amendmentIds: [],
    },
    [revision],
  );
}

function analyzed(reportId: string, revision: number, version: string): PalimpsestEvent[] {
  const figures = FIGURES[revision - 1];
  const previousRevision = revision === 1 ? null : revision - 1;
  const analysis = createEvent(
    REVISION_ANALYZED,
    origin(reportId, revision),
    {
      revision,
      previousRevision,
      analyzerVersion: version,
      figures,
      blocks: [],
      figureChangeCount: 1,
      silentEdit: revision === 3,
      limits: {
        figuresFound: figures.length,
        figureLimit: 5_000,
        capsHit: revision === 2 ? ['figures', 'a "quoted", {odd} cap\\'] : [],
      },
    },
    [revision, version],
  );
  const change = createEvent(
    FIGURE_CHANGED,
    origin(reportId, revision),
    {
      revision,
      previousRevision,
      analyzerVersion: version,
      key: 'accounts',
      label: 'accounts',
      section: null,
      change: revision === 1 ? 'added' : 'changed',
      from: revision === 1 ? null : figures[2],
      to: figures[2],
      silentEdit: revision === 3,
    },
    [revision, version],
  );
  return [analysis, change];
}

/**
 * Orders where one-by-one application depends on order: a report's revisions
 * several to a batch, titles and published dates that change, analyses out of
 * revision order, a second analyzer version, and two analyses of one revision
 * (the first applied sets the current figures).
 */
const EVENTS: PalimpsestEvent[] = [
  recorded('a', 1, 'First title', null),
  ...analyzed('a', 1, 'v1'),
  recorded('a', 2, 'Second title', '2024-03-01'),
  recorded('b', 1, 'B', '2024-02-01'),
  ...analyzed('a', 2, 'v1'),
  ...analyzed('b', 2, 'v1'),
  ...analyzed('b', 1, 'v1'),
  recorded('a', 3, 'Third title', '2024-03-02'),
  ...analyzed('a', 3, 'v1'),
  ...analyzed('a', 1, 'v2'),
  ...analyzed('b', 3, 'v2'),
  ...analyzed('b', 3, 'v1'),
  ...analyzed('a', 2, 'v2'),
  // Characters COPY's text form and array literals must escape.
  recorded('b', 2, 'B "again"\t\\ with\na {brace}', null),
  ...analyzed('a', 3, 'v2'),
];

describe('read models written a batch at a time', () => {
  const databases = new ThrowawayProjectionDatabases();
  const sources: DataSource[] = [];

  beforeAll(async () => {
    for (let n = 0; n < 4; n++) sources.push(await databases.open());
    const prepared = await Promise.all(EVENTS.map((event) => oneByOne.prepare(event)));
    for (const step of prepared) await sources[0].transaction((manager) => oneByOne.apply(manager, GENERATION_1, step));
    const batches = new ReadModelBatchApplier();
    await sources[1].transaction((manager) => batches.apply(manager, GENERATION_1, prepared));
    for (let start = 0; start < prepared.length; start += 3) {
      await sources[2].transaction((manager) => batches.apply(manager, GENERATION_1, prepared.slice(start, start + 3)));
    }
    await sources[3].transaction((manager) => batches.apply(manager, GENERATION_1, prepared, copyRowsIn));
  }, 60_000);

  afterAll(() => databases.dropAll());

  it('given the whole log in one batch, then every read model equals the one-by-one result row for row', async () => {
    const expected = await contents(sources[0]);

    expect(expected.figure_intervals_v1.length).toBeGreaterThan(0);
    expect(await contents(sources[1])).toEqual(expected);
  });

  it('given batches that cut through reports, then every read model equals the one-by-one result row for row', async () => {
    expect(await contents(sources[2])).toEqual(await contents(sources[0]));
  });

  it('given the rows a rebuild loads with COPY, then every read model equals the one-by-one result row for row', async () => {
    expect(await contents(sources[3])).toEqual(await contents(sources[0]));
  });

  it('then the current figures are those of the first analysis applied of the highest revision', async () => {
    const rows = await sources[1].query(
      `SELECT DISTINCT report_id, revision, analyzer_version FROM projection.figures_current_v1 ORDER BY report_id`,
    );

    expect(rows).toEqual([
      { report_id: 'a', revision: 3, analyzer_version: 'v1' },
      { report_id: 'b', revision: 3, analyzer_version: 'v2' },
    ]);
  });
});
