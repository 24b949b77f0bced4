import type { LadderStep, PipelineSummary, SummaryContext } from '../report/pipeline-summary';
import { latencyStep, sustainedRate } from './rate-ladder';

export interface SummaryInputs {
  steps: LadderStep[];
  stepSeconds: number;
  rebuild: { totalEvents: number; seconds: number; finished: boolean };
  raw: { kafkaConsumePerSecond: number; copyRowsPerSecond: number };
}

/** Issue 14's summary from the ladder, the rebuild and the raw limits of one run, with what each was read at. */
export function summarizePipeline(inputs: SummaryInputs): { summary: PipelineSummary; context: SummaryContext } {
  const { steps, rebuild, raw } = inputs;
  const quoted = latencyStep(steps);
  const rebuildEventsPerSecond = rebuild.totalEvents / rebuild.seconds;
  const copyIsLower = raw.copyRowsPerSecond < raw.kafkaConsumePerSecond;
  const rawLimit = Math.min(raw.copyRowsPerSecond, raw.kafkaConsumePerSecond);
  return {
    summary: {
      sustainedRevisionsPerSecond: sustainedRate(steps),
      captureToReadModelP99Ms: quoted?.readModel.p99Ms ?? Number.NaN,
      captureToAlertP99Ms: quoted?.alerts.p99Ms ?? Number.NaN,
      rebuildEventsPerSecond,
      rebuildFractionOfRawLimit: rebuildEventsPerSecond / rawLimit,
      rawKafkaConsumePerSecond: raw.kafkaConsumePerSecond,
      rawPostgresCopyRowsPerSecond: raw.copyRowsPerSecond,
    },
    context: {
      latencyRatePerSecond: quoted?.ratePerSecond ?? Number.NaN,
      stepSeconds: inputs.stepSeconds,
      rawLimit: copyIsLower ? 'Postgres COPY' : 'kafkajs consume',
      rebuildEvents: rebuild.totalEvents,
      rebuildFinished: rebuild.finished,
      steps,
    },
  };
}
