import type { Benchmark, BenchRow } from '../benchmark';
import { ratio } from '../measure/ratio';
import { averageBytes } from './event-sized-messages';
import { measureKafkaRoundTrip } from './kafka-round-trip';
import { measurePostgresCopy } from './postgres-copy';
import { measurePostgresInsert } from './postgres-insert';
import { rawLimitsLoad } from './raw-limits-load';

/**
 * Issue 9: what this machine's broker and database do with no pipeline work, for the messages
 * and rows the pipeline moves; the pipeline's own rates are read against the lower of the two.
 */
export const rawLimitsBenchmark: Benchmark = {
  name: 'raw-limits',
  needs: ['kafka', 'postgres'],
  async run(context): Promise<BenchRow[]> {
    const { messages, rows } = rawLimitsLoad();
    const bytes = averageBytes(messages);
    const rowsPerMessage = (rows.length / messages.length).toFixed(1);
    context.progress(`kafkajs: producing and consuming ${messages.length} messages of ${bytes} bytes on average`);
    const kafka = await measureKafkaRoundTrip(context.kafkaBrokers ?? '', messages);
    context.progress(`postgres: COPY of ${rows.length} figure rows`);
    const copyPerSecond = await measurePostgresCopy(context.databaseServer, rows);
    context.progress(`postgres: inserting the same ${rows.length} figure rows with unnest`);
    const insertPerSecond = await measurePostgresInsert(context.databaseServer, rows);
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
        name: 'raw postgres COPY',
        subject: 'COPY FROM STDIN of figure rows',
        subjectValue: copyPerSecond,
        baseline: 'kafkajs consume, no work',
        baselineValue: kafka.consumedPerSecond,
        unit: 'rows/s vs msgs/s',
        ratio: ratio(copyPerSecond, kafka.consumedPerSecond),
        note:
          `the figure rows of the same ${messages.length} revisions, ${rows.length} (${rowsPerMessage} per message), in one ` +
          `COPY, text format, encoding timed. Rows and messages differ in unit: divide the COPY rate by ${rowsPerMessage} for revisions' worth`,
      },
      {
        name: 'raw postgres insert',
        subject: 'unnest insert of the same rows',
        subjectValue: insertPerSecond,
        baseline: 'COPY FROM STDIN of the same rows',
        baselineValue: copyPerSecond,
        unit: 'rows/s',
        ratio: ratio(insertPerSecond, copyPerSecond),
        note: 'batches of 500, one transaction each: how much of COPY a batched insert keeps',
      },
    ];
  },
};
