import { readTopicToEnd } from '@palimpsest/kafka';
import { captureTextAs } from './support/authorised';
import { getJson, Pipeline } from './support/pipeline';
import { RawLog } from './support/raw-log';
import { describeWithSeed, readSeed } from '@palimpsest/shared-folder';
import { SEED_URL, seedBeforeUpdate } from './support/shared-data';
import { snapshotTables } from './support/table-snapshot';
import { waitFor } from '../deploy/kafka/wait-for';

/** At-least-once delivery made real: every event of both topics delivered a second time changes no table. */
describeWithSeed('duplicate delivery', () => {
  const pipeline = new Pipeline();
  let log: RawLog;

  const capture = async (url: string, text: string, observedAt: string) => {
    expect((await captureTextAs(pipeline, url, text, observedAt)).status).toBe(202);
  };
  const processed = async (app: 'diff' | 'projection') =>
    (await getJson(`${pipeline.url(app)}/health`)).body.consumer.processed as number;
  const outboxesAndConsumers = async () => {
    const ingest = (await getJson(`${pipeline.url('ingest')}/health`)).body;
    const diff = (await getJson(`${pipeline.url('diff')}/health`)).body;
    return {
      pending: (ingest.outbox.pending as number) + (diff.outbox.pending as number),
      diff: diff.consumer.processed as number,
      projection: await processed('projection'),
    };
  };
  const messageCounts = async () => ({
    revisions: (await readTopicToEnd(log.kafka, log.topics.revisions)).length,
    analyses: (await readTopicToEnd(log.kafka, log.topics.analyses)).length,
  });
  const settled = (revisions: number, analyses: number) =>
    waitFor(
      async () => ({ diff: await processed('diff'), projection: await processed('projection') }),
      (seen) => seen.diff === revisions && seen.projection === revisions + analyses,
      { what: `diff at ${revisions} and projection at ${revisions + analyses} events`, timeoutMs: 60_000 },
    );

  beforeAll(async () => {
    await pipeline.start(['ingest', 'diff', 'projection']);
    log = new RawLog(pipeline);
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it('given every revision and analysis event delivered twice, then no table of diff or projection changes', async () => {
    await capture(SEED_URL, seedBeforeUpdate(), '2018-10-26T16:00:00Z');
    await capture(SEED_URL, readSeed(), '2018-10-26T22:00:00Z');
    await capture(
      'https://news.example.org/dup/other',
      'Takedown\n\nWe removed 40 Pages and 3 groups.',
      '2024-01-01T00:00:00Z',
    );
    await capture(
      'https://news.example.org/dup/other',
      'Takedown\n\nWe removed 41 Pages and 3 groups.',
      '2024-01-02T00:00:00Z',
    );
    // Each revision yields one RevisionAnalyzed at least. The log is final once both outboxes are empty and
    // every message in it was processed: a relay resends a failed batch whole, so it may hold copies already.
    // The log is counted before and after the outboxes and consumers are read, and must not have moved
    // between: otherwise a relay that published meanwhile could pass for a log already processed.
    const settledCounts = await waitFor(
      async () => {
        const counted = await messageCounts();
        const progress = await outboxesAndConsumers();
        const again = await messageCounts();
        const still = counted.revisions === again.revisions && counted.analyses === again.analyses;
        return { ...counted, ...progress, still };
      },
      (seen) =>
        seen.still &&
        seen.revisions >= 4 &&
        seen.analyses >= 8 &&
        seen.pending === 0 &&
        seen.diff === seen.revisions &&
        seen.projection === seen.revisions + seen.analyses,
      { what: 'every revision analysed and every event of the log processed', timeoutMs: 60_000 },
    );
    const before = await snapshotTables(pipeline.env.DATABASE_URL, ['diff', 'projection']);

    for (const topic of [log.topics.revisions, log.topics.analyses]) {
      const records = await readTopicToEnd(log.kafka, topic);
      await log.produce(
        topic,
        records.map(({ message }) => ({ key: message.key, value: message.value, headers: message.headers })),
      );
    }
    await settled(settledCounts.revisions * 2, settledCounts.analyses * 2);

    const after = await snapshotTables(pipeline.env.DATABASE_URL, ['diff', 'projection']);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before))
      expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    expect(Object.values(before).some((rows) => rows.length > 0)).toBe(true);
    expect((await messageCounts()).analyses).toBe(settledCounts.analyses * 2);
  });
});
