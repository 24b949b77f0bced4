import { canonicalUrl, REVISION_RECORDED, reportIdFor } from '@palimpsest/contracts';
import { readTopicToEnd } from '@palimpsest/kafka';
import { runCommandLine } from '../apps/cli/src/run';
import { captureTextAs } from './support/authorised';
import { getJson, Pipeline } from './support/pipeline';
import { bufferIo } from './support/buffer-io';
import { RawLog } from './support/raw-log';
import { recordedRevision } from './support/recorded-revision';
import { waitFor } from '../deploy/kafka/wait-for';

const URL_V1 = 'https://news.example.org/2024/06/poison-neighbour';
const REPORT = reportIdFor(canonicalUrl(URL_V1));

/** A RevisionRecorded as producers wrote it before v2: no captureSource. */
function revisionV1(): object {
  const event = recordedRevision({
    url: URL_V1,
    revision: 1,
    text: 'We removed 12 Pages.',
    at: '2024-06-01T10:00:00.000Z',
  });
  const { captureSource, ...payloadV1 } = event.payload;
  void captureSource;
  return { ...event, schemaVersion: 1, payload: payloadV1 };
}

const POISON: Array<[string, string]> = [
  ['invalid-json', '{"id": "broken'],
  ['unknown-type', JSON.stringify({ ...revisionV1(), type: 'ReportDeleted' })],
  ['unsupported-version', JSON.stringify({ ...revisionV1(), schemaVersion: 99 })],
  ['invalid-payload', JSON.stringify({ ...revisionV1(), payload: { revision: -1 } })],
];

/** Bad messages written straight to each consumed topic land in the dead-letter topic; the events behind them still apply. */
describe('poison messages', () => {
  const pipeline = new Pipeline();
  let log: RawLog;

  beforeAll(async () => {
    await pipeline.start(['ingest', 'diff', 'projection', 'alerts']);
    log = new RawLog(pipeline);
    const poison = POISON.map(([, value]) => ({ key: REPORT, value }));
    await log.produce(log.topics.analyses, poison);
    await log.produce(log.topics.revisions, [...poison, { key: REPORT, value: JSON.stringify(revisionV1()) }]);
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it('given poison on both topics, then each consumer dead-letters each one with its cause and source position', async () => {
    const expected = [
      ...['diff', 'projection', 'alerts'].map((consumer) => [log.topics.revisions, consumer]),
      ...['projection', 'alerts'].map((consumer) => [log.topics.analyses, consumer]),
    ];
    const letters = await waitFor(
      () => log.deadLetters(),
      (entries) => entries.length >= expected.length * POISON.length,
      { what: 'every poison message dead-lettered by every consumer', timeoutMs: 60_000 },
    );
    for (const [topic, consumerSuffix] of expected) {
      const mine = letters.filter((entry) => entry.sourceTopic === topic && entry.consumer.endsWith(consumerSuffix));
      expect(mine.map((entry) => entry.reason).sort()).toEqual(POISON.map(([reason]) => reason).sort());
      expect(new Set(mine.map((entry) => entry.sourcePartition)).size).toBe(1);
      expect(mine.map((entry) => Number(entry.sourceOffset)).sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
    }
  });

  it('given a valid v1 event behind the poison on the same partition, then it is read as v2 and projected with its figures', async () => {
    const figures = await waitFor(
      () => getJson(`${pipeline.url('projection')}/reports/${REPORT}/figures`),
      ({ status, body }) => status === 200 && body.items.length > 0,
      { what: 'the v1 revision analysed and projected', timeoutMs: 60_000 },
    );
    expect(figures.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ value: 12 })]));
    const revisions = await getJson(`${pipeline.url('projection')}/reports/${REPORT}/revisions`);
    expect(revisions.body.items).toHaveLength(1);
    expect(revisions.body.items[0]).toMatchObject({ revision: 1 });
  });

  it('given a v2 event from ingest beside the v1 one in the same log, then both reports are projected', async () => {
    const url = 'https://news.example.org/2024/06/written-as-v2';
    const { reportId } = (await captureTextAs(pipeline, url, 'Takedown\n\nWe removed 30 Pages.')).body as {
      reportId: string;
    };
    await waitFor(
      () => getJson(`${pipeline.url('projection')}/reports/${reportId}/figures`),
      ({ status, body }) => status === 200 && body.items.length > 0,
      { what: 'the v2 revision projected' },
    );
    const versions = await schemaVersionsOnRevisions(log);
    expect(versions).toEqual(expect.arrayContaining([1, 2]));
  });

  it('given dlq list and redrive, then a redriven letter goes back once and a second redrive does nothing', async () => {
    const api = ['--api', pipeline.url('projection')];
    const token = ['--token', pipeline.env.API_TOKEN];
    const listed = bufferIo();
    expect(await runCommandLine(['dlq', 'list', '--json', '--limit', '100', ...api], listed)).toBe(0);
    const entries = JSON.parse(listed.out()) as Array<{ id: string; reason: string; redriven: boolean }>;
    const target = entries.find((entry) => entry.reason === 'invalid-payload')!;
    expect(target.redriven).toBe(false);
    const first = bufferIo();
    expect(await runCommandLine(['dlq', 'redrive', '--id', target.id, ...api, ...token], first)).toBe(0);
    expect(first.out()).toMatch(/^redriven 1/);
    const second = bufferIo();
    expect(await runCommandLine(['dlq', 'redrive', '--id', target.id, ...api, ...token], second)).toBe(0);
    expect(second.out()).toMatch(/redriven 0; already redriven/);
    const missing = bufferIo();
    expect(await runCommandLine(['dlq', 'redrive', '--id', '0:999999', ...api, ...token], missing)).toBe(2);
    const after = await log.deadLetters();
    expect(after.find((entry) => entry.id === target.id)?.redriven).toBe(true);
  });
});

async function schemaVersionsOnRevisions(log: RawLog): Promise<number[]> {
  const records = await readTopicToEnd(log.kafka, log.topics.revisions);
  return records.flatMap(({ message }) => {
    try {
      const parsed = JSON.parse(message.value!.toString()) as { type?: string; schemaVersion?: number };
      return parsed.type === REVISION_RECORDED && typeof parsed.schemaVersion === 'number'
        ? [parsed.schemaVersion]
        : [];
    } catch {
      return [];
    }
  });
}
