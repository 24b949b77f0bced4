import type { LadderStep } from '../report/pipeline-summary';
import { summarizePipeline } from './summarize-pipeline';

function step(ratePerSecond: number, keptUp: boolean, p99Ms: number): LadderStep {
  const arrival = { p50Ms: p99Ms / 2, p99Ms, backlogAtEnd: 0, drained: keptUp };
  return {
    ratePerSecond,
    keptUp,
    sent: ratePerSecond * 60,
    sendSeconds: 60,
    readModel: arrival,
    alerts: { ...arrival, p99Ms: p99Ms * 2 },
  };
}

const raw = { kafkaConsumePerSecond: 100_000, copyRowsPerSecond: 150_000 };
const rebuild = { totalEvents: 50_000, seconds: 10, finished: true };

describe(summarizePipeline.name, () => {
  it('given a ladder that fell behind at 400/s, then it sustained 200/s and quotes latencies at 100/s', () => {
    const steps = [
      step(25, true, 100),
      step(50, true, 200),
      step(100, true, 300),
      step(200, true, 400),
      step(400, false, 9_000),
    ];
    const { summary, context } = summarizePipeline({ steps, stepSeconds: 60, rebuild, raw });
    expect(summary).toEqual({
      sustainedRevisionsPerSecond: 200,
      captureToReadModelP99Ms: 300,
      captureToAlertP99Ms: 600,
      rebuildEventsPerSecond: 5_000,
      rebuildFractionOfRawLimit: 0.05,
      rawKafkaConsumePerSecond: 100_000,
      rawPostgresCopyRowsPerSecond: 150_000,
    });
    expect(context).toMatchObject({ latencyRatePerSecond: 100, rawLimit: 'kafkajs consume', rebuildEvents: 50_000 });
  });

  it('given it fell behind at 50/s and COPY is the lower raw rate, then latencies are at 25/s and the fraction is over COPY', () => {
    const steps = [step(25, true, 100), step(50, false, 5_000)];
    const { summary, context } = summarizePipeline({
      steps,
      stepSeconds: 10,
      rebuild,
      raw: { kafkaConsumePerSecond: 100_000, copyRowsPerSecond: 50_000 },
    });
    expect(summary.sustainedRevisionsPerSecond).toBe(25);
    expect(summary.captureToAlertP99Ms).toBe(200);
    expect(summary.rebuildFractionOfRawLimit).toBe(0.1);
    expect(context).toMatchObject({ latencyRatePerSecond: 25, rawLimit: 'Postgres COPY', stepSeconds: 10 });
  });

  it('given any run, then the summary holds exactly the seven keys issue 14 names', () => {
    const { summary } = summarizePipeline({ steps: [step(25, true, 100)], stepSeconds: 60, rebuild, raw });
    expect(Object.keys(summary).sort()).toEqual([
      'captureToAlertP99Ms',
      'captureToReadModelP99Ms',
      'rawKafkaConsumePerSecond',
      'rawPostgresCopyRowsPerSecond',
      'rebuildEventsPerSecond',
      'rebuildFractionOfRawLimit',
      'sustainedRevisionsPerSecond',
    ]);
  });
});
