import { Benchmark, BenchRow } from '../benchmark';
import { generateLoad } from '../load';
import { ratio } from '../measure/ratio';
import { averageBytes, revisionSizedMessages } from './event-sized-messages';
import { figureRows } from './figure-rows';
import { measureKafkaRoundTrip } from './kafka-round-trip';
import { measurePostgresInsert } from './postgres-insert';

// 2,000 reports x 10 revisions: 20,000 messages, about 67,000 figure rows; seconds of work each, so the run stays bounded.
const LOAD = { seed: 9, reports: 2_000, revisionsPerReport: 10, startAt: '2024-01-01T00:00:00.000Z' };

/**
 * Issue 9: what this machine's broker and database do with no pipeline work, for the messages
 * and rows the pipeline moves; the pipeline's own rates are read against the lower of the two.
 */
export const rawLimitsBenchmark: Benchmark = {
  name: 'raw-limits',
  needs: ['kafka', 'postgres'],
  async run(context): Promise<BenchRow[]> {
    const captures = generateLoad(LOAD);
    const messages = revisionSizedMessages(captures);
    const rows = figureRows(captures);
    const bytes = averageBytes(messages);
    context.progress(`kafkajs: producing and consuming ${messages.length} messages of ${bytes} bytes on average`);
    const kafka = await measureKafkaRoundTrip(context.kafkaBrokers ?? '', messages);
    context.progress(`postgres: inserting ${rows.length} figure rows with unnest`);
    const rowsPerSecond = await measurePostgresInsert(context.databaseServer, rows);
    return [
      {
        name: 'raw kafka consume',
        subject: 'kafkajs consume, no work',
        subjectValue: kafka.consumedPerSecond,
        baseline: 'kafkajs produce, acks=all',
        baselineValue: kafka.producedPerSecond,
        unit: 'msgs/s',
        ratio: ratio(kafka.consumedPerSecond, kafka.producedPerSecond),
        note: `${bytes}-byte RevisionRecorded-sized messages, 12 partitions, batches of 500`,
      },
      {
        name: 'raw postgres insert',
        subject: 'unnest insert of figure rows',
        subjectValue: rowsPerSecond,
        baseline: 'kafkajs produce, acks=all',
        baselineValue: kafka.producedPerSecond,
        unit: 'rows/s vs msgs/s',
        ratio: ratio(rowsPerSecond, kafka.producedPerSecond),
        note: `${rows.length} rows in batches of 500, one transaction each; the lower side bounds the pipeline`,
      },
    ];
  },
};
