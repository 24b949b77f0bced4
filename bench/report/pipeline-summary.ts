import { formatValue } from './format-number';

/** Issue 14's summary of the pipeline: exactly these keys, each measured in the run. */
export interface PipelineSummary {
  /** Highest offered rate at which every app kept up for the whole step, lag back to zero after it. */
  sustainedRevisionsPerSecond: number;
  /** At SummaryContext.latencyRatePerSecond. */
  captureToReadModelP99Ms: number;
  captureToAlertP99Ms: number;
  /** Every read model rebuilt from offset 0, request to switch-over. */
  rebuildEventsPerSecond: number;
  /** rebuildEventsPerSecond over the lower of the two raw rates below. */
  rebuildFractionOfRawLimit: number;
  rawKafkaConsumePerSecond: number;
  rawPostgresCopyRowsPerSecond: number;
}

/** One rung of the rate ladder as measured. */
export interface LadderStep {
  ratePerSecond: number;
  keptUp: boolean;
  sent: number;
  sendSeconds: number;
  readModel: ArrivalFacts;
  alerts: ArrivalFacts;
}

export interface ArrivalFacts {
  p50Ms: number;
  p99Ms: number;
  /** Sent but not arrived as sending stopped. */
  backlogAtEnd: number;
  drained: boolean;
}

/** What the summary's numbers were read from, beside it in results.json. */
export interface SummaryContext {
  /** The rate the two latencies were measured at: 100/s, or the sustained rate when lower. */
  latencyRatePerSecond: number;
  stepSeconds: number;
  /** Which raw rate rebuildFractionOfRawLimit divides by. */
  rawLimit: 'kafkajs consume' | 'Postgres COPY';
  rebuildEvents: number;
  /** False when the rebuild had not switched over by the bench's deadline: its rate is then a lower bound. */
  rebuildFinished: boolean;
  steps: LadderStep[];
}

/** Per revision, per app, over one step (sending and draining). */
export interface AppProfile {
  app: string;
  cpuMsPerRevision: number;
  /** pg Client.query calls: one round trip each. */
  roundTripsPerRevision: number;
  /** COMMIT statements. */
  commitsPerRevision: number;
}

export interface RevisionProfile {
  ratePerSecond: number;
  revisions: number;
  apps: AppProfile[];
  /** pg_stat_database xact_commit over the same step: every transaction in the database, the bench's own polling too. */
  databaseCommitsPerRevision: number;
}

/** Fields a benchmark adds to results.json beside its rows. */
export interface BenchExtras {
  summary?: PipelineSummary;
  summaryContext?: SummaryContext;
  revisionProfile?: RevisionProfile;
}

function formatColumns(header: readonly string[], lines: readonly (readonly string[])[]): string {
  const widths = header.map((cell, index) => Math.max(cell.length, ...lines.map((line) => line[index].length)));
  const render = (line: readonly string[]) =>
    line.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  ');
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...lines.map(render)].join('\n');
}

/** The summary as printed under the closing table, each key on its line, with what it was read at. */
export function formatSummary(summary: PipelineSummary, context: SummaryContext): string {
  const lines = Object.entries(summary).map(([key, value]) => `  ${key}: ${formatValue(value)}`);
  const steps = context.steps
    .map((step) => `${step.ratePerSecond}/s ${step.keptUp ? 'kept up' : 'fell behind'}`)
    .join(', ');
  const rebuild = `rebuild${context.rebuildFinished ? '' : ' (unfinished, a lower bound)'} against ${context.rawLimit}`;
  return (
    `Summary (steps of ${context.stepSeconds} s: ${steps}; latencies at ${context.latencyRatePerSecond}/s; ` +
    `${rebuild}):\n${lines.join('\n')}\n`
  );
}

/** Where one revision's work goes, app by app, as printed under the summary. */
export function formatRevisionProfile(profile: RevisionProfile): string {
  const lines = profile.apps.map((app) => [
    app.app,
    formatValue(app.cpuMsPerRevision),
    formatValue(app.roundTripsPerRevision),
    formatValue(app.commitsPerRevision),
  ]);
  const table = formatColumns(['app', 'CPU ms', 'round trips', 'commits'], lines);
  return (
    `Per revision, over the ${profile.ratePerSecond}/s step (${profile.revisions} revisions):\n${table}\n` +
    `database (pg_stat_database xact_commit, all transactions): ${formatValue(profile.databaseCommitsPerRevision)} commits per revision\n`
  );
}
