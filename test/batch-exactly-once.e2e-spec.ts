import { canonicalUrl, reportIdFor } from '@palimpsest/contracts';
import { readTopicToEnd } from '@palimpsest/kafka';
import { getJson, Pipeline } from './support/pipeline';
import { RawLog } from './support/raw-log';
import { recordedRevision } from './support/recorded-revision';
import { waitFor } from '../deploy/kafka/wait-for';

const URL = 'https://news.example.org/2024/07/one-batch';
const REPORT = reportIdFor(canonicalUrl(URL));
const first = recordedRevision({ url: URL, revision: 1, text: 'We removed 12 Pages.', at: '2024-07-01T10:00:00.000Z' });
const second = recordedRevision({
  url: URL,
  revision: 2,
  text: 'We removed 15 Pages.',
  at: '2024-07-01T12:00:00.000Z',
});

/**
 * Events written while diff and projection are down wait in one partition, so
 * each consumer reads them as one batch: a valid revision, the same revision
 * again (as a relay republishes after a crash), two poison messages, and a
 * second valid revision. Each consumer applies exactly the two valid events,
 * once, and dead-letters the poison; nothing in the batch is lost to it.
 */
describe('a batch holding poison, a duplicate and valid events', () => {
  const pipeline = new Pipeline();
  let log: RawLog;

  beforeAll(async () => {
    await pipeline.start(['ingest']);
    log = new RawLog(pipeline);
    await log.produce(log.topics.revisions, [
      { key: REPORT, value: JSON.stringify(first) },
      { key: REPORT, value: JSON.stringify(first) },
      { key: REPORT, value: '{"id": "broken' },
      { key: REPORT, value: JSON.stringify({ ...second, payload: { revision: -1 } }) },
      { key: REPORT, value: JSON.stringify(second) },
    ]);
    for (const app of ['diff', 'projection'] as const) await pipeline.startApp(app);
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it('then projection records each valid revision once', async () => {
    const revisions = await waitFor(
      () => getJson(`${pipeline.url('projection')}/reports/${REPORT}/revisions`),
      ({ body }) => body.items?.length >= 2,
      { what: 'both revisions projected', timeoutMs: 60_000 },
    );
    expect(revisions.body.items.map((item: { revision: number }) => item.revision).sort()).toEqual([1, 2]);
  });

  it('then diff analyses each valid revision once, the second against the first read in the same batch', async () => {
    const analysed = await waitFor(
      async () =>
        (await readTopicToEnd(log.kafka, log.topics.analyses)).map(({ message }) => JSON.parse(String(message.value))),
      (events) => events.filter((event) => event.type === 'RevisionAnalyzed').length >= 2,
      { what: 'both revisions analysed', timeoutMs: 60_000 },
    );
    const ofReport = analysed.filter((event) => event.reportId === REPORT);
    const analyses = ofReport.filter((event) => event.type === 'RevisionAnalyzed');
    expect(analyses.map((event) => event.payload.revision).sort()).toEqual([1, 2]);
    const changes = ofReport.filter((event) => event.type === 'FigureChanged').map(({ payload }) => payload);
    expect(changes.map(({ revision, change, from, to }) => [revision, change, from?.value ?? null, to?.value])).toEqual(
      [
        [1, 'added', null, 12],
        [2, 'changed', 12, 15],
      ],
    );
    const figures = await waitFor(
      () => getJson(`${pipeline.url('projection')}/reports/${REPORT}/figures`),
      ({ body }) => body.items?.some((item: { value: number }) => item.value === 15),
      { what: 'the changed figure projected' },
    );
    expect(figures.body.items.filter((item: { value: number }) => item.value === 15)).toHaveLength(1);
  });

  it('then each consumer dead-letters the two poison messages with their causes, and nothing else', async () => {
    const letters = await waitFor(
      () => log.deadLetters(),
      (entries) => entries.length >= 4,
      { what: 'the poison dead-lettered by diff and projection', timeoutMs: 60_000 },
    );
    for (const consumer of ['diff', 'projection']) {
      const mine = letters.filter((entry) => entry.consumer.endsWith(consumer));
      expect(mine.map((entry) => [entry.sourceOffset, entry.reason])).toEqual([
        ['2', 'invalid-json'],
        ['3', 'invalid-payload'],
      ]);
    }
    expect(letters).toHaveLength(4);
  });
});
