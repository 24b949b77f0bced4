import { ANALYZER_VERSION } from '@palimpsest/text';
import { reanalyzeCommand } from '../apps/cli/src/reanalyze/reanalyze.command';
import { rebuildCommand } from '../apps/cli/src/rebuild/rebuild.command';
import { fakeIo } from '../apps/cli/src/testing/fake-io.spec-helper';
import { READ_MODEL_TABLES } from '../apps/projection/src/rebuild/generation-tables';
import { captureTextAs } from './support/authorised';
import { generationDifferences } from './support/pipeline-audit';
import { getJson, Pipeline } from './support/pipeline';
import { describeWithSeed, readSeed } from '@palimpsest/shared-folder';
import { SEED_URL, seedBeforeUpdate } from './support/shared-data';
import { waitFor } from '../deploy/kafka/wait-for';

const CHANGED_VERSION = 'figures-test-2';

/**
 * `palimpsest rebuild` fills a new generation of the read models from the log
 * and switches the query side to it; `palimpsest reanalyze` derives figures
 * and changes again with a changed analyzer version, beside the old ones.
 */
describeWithSeed('rebuild and reanalyze through the CLI', () => {
  const pipeline = new Pipeline();
  let reportId: string;
  const projection = (path: string) => getJson(`${pipeline.url('projection')}${path}`);
  const capture = async (text: string, observedAt: string) =>
    (await captureTextAs(pipeline, SEED_URL, text, observedAt)).body as { reportId: string };
  const versionsInHistory = async () => {
    const { body } = await projection(`/reports/${reportId}/history`);
    return new Set<string>((body.items ?? []).map((item: { analyzerVersion: string }) => item.analyzerVersion));
  };

  beforeAll(async () => {
    await pipeline.start();
    reportId = (await capture(seedBeforeUpdate(), '2018-10-26T16:00:00Z')).reportId;
    await capture(readSeed(), '2018-10-26T22:00:00Z');
    await waitFor(
      () => projection(`/reports/${reportId}/figures`),
      ({ body }) => body.items?.[0]?.revision === 2,
      { what: 'figures of revision 2' },
    );
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it('given no bearer token, then starting a rebuild answers 401', async () => {
    const response = await fetch(`${pipeline.url('projection')}/admin/rebuilds`, { method: 'POST' });
    expect(response.status).toBe(401);
  });

  it('given --projection alerts, then the CLI refuses: alerts has no read model to rebuild and re-sends nothing', async () => {
    const io = fakeIo({});
    const values = { projection: 'alerts', api: pipeline.url('projection'), token: pipeline.env.API_TOKEN };
    expect(await rebuildCommand.run({ positionals: [], values }, io)).toBe(2);
    expect(io.err()).toContain('never re-sent');
  });

  it('when rebuilt, then the CLI draws progress with a rate, the pointer switches, and the rebuild equals the live models', async () => {
    const before = await projection(`/reports/${reportId}/figures`);
    const io = fakeIo({});
    const values = { projection: 'projection', api: pipeline.url('projection'), token: pipeline.env.API_TOKEN };
    expect(await rebuildCommand.run({ positionals: [], values }, io)).toBe(0);
    expect(io.err()).toMatch(/\[#+\] 100% (\d+)\/\1 events, \d+ events\/s/);
    const rebuild = JSON.parse(io.out());
    expect(rebuild).toMatchObject({ id: 2, status: 'active', projection: 'projection' });
    const differences = await generationDifferences(pipeline.env.DATABASE_URL, READ_MODEL_TABLES, 2);
    expect(differences).toEqual(Object.fromEntries(READ_MODEL_TABLES.map((table) => [table, 0])));
    expect((await projection(`/reports/${reportId}/figures`)).body).toEqual(before.body);
    expect((await projection('/admin/rebuilds/1')).body.status).toBe('retired');
  });

  it('when diff runs a changed analyzer version and reanalyzes, then the history shows both versions and the revisions stay', async () => {
    const revisionsBefore = (await projection(`/reports/${reportId}/revisions`)).body;
    await pipeline.stopApp('diff');
    pipeline.env.ANALYZER_VERSION_OVERRIDE = CHANGED_VERSION;
    await pipeline.startApp('diff');
    const io = fakeIo({});
    const values = { api: pipeline.url('diff'), token: pipeline.env.API_TOKEN };
    expect(await reanalyzeCommand.run({ positionals: [], values }, io)).toBe(0);
    const reanalysis = JSON.parse(io.out());
    expect(reanalysis).toMatchObject({ status: 'done', analyzerVersion: CHANGED_VERSION });
    expect(reanalysis.appliedEvents).toBe(reanalysis.totalEvents);
    const versions = await waitFor(versionsInHistory, (found) => found.has(CHANGED_VERSION), {
      what: 'figure history of the changed analyzer version',
    });
    expect([...versions].sort()).toEqual([ANALYZER_VERSION, CHANGED_VERSION].sort());
    const revisionsAfter = (await projection(`/reports/${reportId}/revisions`)).body.items;
    const recorded = (items: Array<Record<string, unknown>>) =>
      items.map(({ analysis: _analysis, ...revision }) => revision);
    expect(recorded(revisionsAfter)).toEqual(recorded(revisionsBefore.items));
    expect(revisionsAfter.map((revision: any) => revision.analysis.analyzerVersion)).toEqual([
      CHANGED_VERSION,
      CHANGED_VERSION,
    ]);
  });
});
