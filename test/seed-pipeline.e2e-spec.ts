import { getJson, Pipeline } from './support/pipeline';
import { describeWithSeed, readSeed } from '@palimpsest/shared-folder';
import { SEED_URL, seedBeforeUpdate } from './support/shared-data';
import { waitFor } from '../deploy/kafka/wait-for';
import { captureTextAs } from './support/authorised';

interface Figure {
  key: string;
  label: string;
  section: string | null;
  value: number;
  qualifier: string;
  unit: string;
  revision: number;
}

/**
 * The walking skeleton on real infrastructure: the seed's two revisions go in
 * through ingest, through Kafka to diff and projection, and come out as read
 * models.
 */
describeWithSeed('seed report through ingest, diff and projection', () => {
  const pipeline = new Pipeline();
  let reportId: string;

  const capture = (text: string, observedAt: string) => captureTextAs(pipeline, SEED_URL, text, observedAt);
  const projection = (path: string) => getJson(`${pipeline.url('projection')}${path}`);
  const figuresAt = (revision: number) =>
    waitFor(
      () => projection(`/reports/${reportId}/figures`),
      ({ body }) => body.items?.[0]?.revision === revision,
      { what: `figures of revision ${revision}` },
    ).then(({ body }) => body.items as Figure[]);

  beforeAll(async () => {
    await pipeline.start();
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it('given revision 1 (events cut, no note), then it is recorded as revision 1', async () => {
    const { status, body } = await capture(seedBeforeUpdate(), '2018-10-26T16:00:00Z');
    expect(status).toBe(202);
    expect(body).toMatchObject({ status: 'recorded', revision: 1 });
    reportId = body.reportId;
  });

  it('then its figures are the seed figures before the update', async () => {
    const figures = await figuresAt(1);
    const has = (value: number, qualifier: string, unit = 'count') =>
      figures.some((figure) => figure.value === value && figure.qualifier === qualifier && figure.unit === unit);
    expect(has(82, 'exact')).toBe(true);
    for (const value of [30, 33, 3, 16, 7]) expect(has(value, 'exact')).toBe(true);
    expect(has(1_020_000, 'about')).toBe(true);
    expect(has(25_000, 'about')).toBe(true);
    expect(has(28_000, 'more_than')).toBe(true);
    expect(has(100, 'less_than', 'USD')).toBe(true);
    expect(has(2, 'exact')).toBe(true);
    expect(has(110, 'exact')).toBe(false);
  });

  it('given the seed as it is, then revision 2 is recorded with its amendment note', async () => {
    const { status, body } = await capture(readSeed(), '2018-10-26T22:00:00Z');
    expect(status).toBe(202);
    expect(body).toEqual({ reportId, status: 'recorded', revision: 2 });

    const { body: amendments } = await waitFor(
      () => projection(`/reports/${reportId}/amendments`),
      ({ body }) => body.items?.length > 0,
      { what: 'the amendment note' },
    );
    expect(amendments.items).toHaveLength(1);
    expect(amendments.items[0]).toMatchObject({
      revision: 2,
      effectiveAt: '2018-10-26T20:30:00.000Z',
      reason: 'to provide additional information on the seven events',
    });
  });

  it('then revision 2 adds 110 people and 2 events with no interest, and events hosted stays 7', async () => {
    const after = await figuresAt(2);
    expect(after.some((figure) => figure.value === 110 && figure.section === 'Events')).toBe(true);
    const eventsSection = after.filter((figure) => figure.section === 'Events');
    expect(eventsSection.filter((figure) => figure.value === 2)).toHaveLength(1);
    const hosted = eventsSection.find((figure) => figure.value === 7);
    expect(hosted?.key).toBe('events/event-hosted');
    const { body: history } = await projection(
      `/reports/${reportId}/figures/${encodeURIComponent(hosted!.key)}/history`,
    );
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ revision: 1, change: 'added', value: 7, qualifier: 'exact' });
  });

  it('then the report lists two revisions with both time axes', async () => {
    const { body } = await projection(`/reports/${reportId}/revisions`);
    expect(body.items.map((revision: { revision: number }) => revision.revision)).toEqual([1, 2]);
    expect(body.items[0]).toMatchObject({
      observedAt: '2018-10-26T16:00:00.000Z',
      effectiveAt: '2018-10-26T00:00:00.000Z',
    });
    expect(body.items[1]).toMatchObject({
      observedAt: '2018-10-26T22:00:00.000Z',
      effectiveAt: '2018-10-26T20:30:00.000Z',
    });
    const { body: byUrl } = await projection(`/reports?url=${encodeURIComponent(SEED_URL)}`);
    expect(byUrl.items.map((report: { id: string }) => report.id)).toEqual([reportId]);
  });

  it('given the same capture again, then nothing is appended', async () => {
    const { body } = await capture(readSeed(), '2018-10-26T22:00:00Z');
    expect(body).toEqual({ reportId, status: 'unchanged', revision: 2 });
    const { body: later } = await capture(readSeed(), '2018-10-27T08:00:00Z');
    expect(later).toEqual({ reportId, status: 'unchanged', revision: 2 });
    const { body: report } = await projection(`/reports/${reportId}`);
    expect(report.revisionCount).toBe(2);
  });

  it('given the projection app restarts, then its read models duplicate nothing', async () => {
    const snapshot = async () => ({
      revisions: (await projection(`/reports/${reportId}/revisions`)).body,
      amendments: (await projection(`/reports/${reportId}/amendments`)).body,
      figures: (await projection(`/reports/${reportId}/figures`)).body,
      report: (await projection(`/reports/${reportId}`)).body,
    });
    const before = await snapshot();
    await pipeline.stopApp('projection');
    await pipeline.startApp('projection');
    // A third capture proves the restarted consumer is live before comparing.
    await capture(readSeed().replace('Seven events hosted.', 'Seven events hosted in total.'), '2018-10-28T08:00:00Z');
    await waitFor(
      () => projection(`/reports/${reportId}/revisions`),
      ({ body }) => body.items?.length === 3,
      { what: 'revision 3 after the restart' },
    );
    const after = await snapshot();
    expect(after.amendments).toEqual(before.amendments);
    expect(after.revisions.items.slice(0, 2)).toEqual(before.revisions.items);
    expect(after.report.revisionCount).toBe(3);
  });
});
