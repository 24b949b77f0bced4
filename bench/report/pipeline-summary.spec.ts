import type { PipelineSummary, SummaryContext } from './pipeline-summary';
import { formatRevisionProfile, formatSummary } from './pipeline-summary';

const summary: PipelineSummary = {
  sustainedRevisionsPerSecond: 200,
  captureToReadModelP99Ms: 310.4,
  captureToAlertP99Ms: 480,
  rebuildEventsPerSecond: 12_345,
  rebuildFractionOfRawLimit: 0.123,
  rawKafkaConsumePerSecond: 100_000,
  rawPostgresCopyRowsPerSecond: 150_000,
};

const arrival = { p50Ms: 1, p99Ms: 2, backlogAtEnd: 0, drained: true };
const context: SummaryContext = {
  latencyRatePerSecond: 100,
  stepSeconds: 60,
  rawLimit: 'kafkajs consume',
  rebuildEvents: 1_000,
  rebuildFinished: true,
  steps: [
    { ratePerSecond: 200, keptUp: true, sent: 12_000, sendSeconds: 60, readModel: arrival, alerts: arrival },
    { ratePerSecond: 400, keptUp: false, sent: 24_000, sendSeconds: 61, readModel: arrival, alerts: arrival },
  ],
};

describe(formatSummary.name, () => {
  it('given a summary, then every key is printed with its value and the heading says where latencies were read', () => {
    const text = formatSummary(summary, context);
    for (const key of Object.keys(summary)) expect(text).toContain(`${key}: `);
    expect(text).toContain('captureToAlertP99Ms: 480');
    expect(text).toContain('200/s kept up, 400/s fell behind');
    expect(text).toContain('latencies at 100/s');
  });
});

describe(formatRevisionProfile.name, () => {
  it('given two apps, then each is a line of the table under a header, right-aligned figures', () => {
    const text = formatRevisionProfile({
      ratePerSecond: 100,
      revisions: 6_000,
      apps: [
        { app: 'ingest', cpuMsPerRevision: 4.25, roundTripsPerRevision: 6, commitsPerRevision: 1 },
        { app: 'projection', cpuMsPerRevision: 12.5, roundTripsPerRevision: 1.5, commitsPerRevision: 0.05 },
      ],
      databaseCommitsPerRevision: 3.5,
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Per revision, over the 100/s step (6000 revisions):');
    expect(lines[1]).toMatch(/^app\s+CPU ms\s+round trips\s+commits$/);
    expect(lines[3]).toMatch(/^ingest\s+4\.25\s+6\.00\s+1\.00$/);
    expect(lines[4]).toMatch(/^projection\s+12\.5\s+1\.50\s+0\.050$/);
    expect(text).toContain('3.50 commits per revision');
  });
});
