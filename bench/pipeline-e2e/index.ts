import { dropDatabase } from '@palimpsest/persistence';
import { Client } from 'pg';
import type { Benchmark, BenchRow } from '../benchmark';
import type { LoadCapture } from '../load';
import { generateLoad } from '../load';
import { ratio } from '../measure/ratio';
import { percentile } from '../measure/statistics';
import { revisionSizedMessages } from '../raw-limits/event-sized-messages';
import { measureKafkaRoundTrip } from '../raw-limits/kafka-round-trip';
import { measurePostgresCopy } from '../raw-limits/postgres-copy';
import { rawLimitsLoad } from '../raw-limits/raw-limits-load';
import { AlertReceiver } from './alert-receiver';
import { AppliedRevisions } from './applied-revisions';
import type { AppName } from '../../deploy/start/app-launcher';
import { AppProcesses, memoryMiB } from './app-processes';
import { kafkaRoundTripLatencies } from './kafka-latency';
import type { JudgedStep } from './rate-ladder';
import { keptUp, latencyStep, nextRate, readStepSeconds, TOP_RATE, FIRST_RATE } from './rate-ladder';
import type { RebuildRun } from './rebuild-read-models';
import { rebuildReadModels } from './rebuild-read-models';
import type { ProfileSnapshot } from './revision-profile';
import { revisionProfile } from './revision-profile';
import type { Arrivals, StepResult } from './run-step';
import { runStep } from './run-step';
import { subscribeToAlerts } from './subscribe-alerts';
import { summarizePipeline } from './summarize-pipeline';
import type { ArrivalFacts, LadderStep, RevisionProfile } from '../report/pipeline-summary';

const STEP_SECONDS = readStepSeconds(process.env);
const APPS: AppName[] = ['ingest', 'diff', 'projection', 'alerts'];
const BASELINE_RATE = 50;
/** Rungs of the ladder at most: 25/s doubling to the top rate. */
const MAX_STEPS = Math.log2(TOP_RATE / FIRST_RATE) + 1;
/** A step's own time, then its drain (30 s at most), generating its captures and probing the apps. */
const STEP_BUDGET_MS = (STEP_SECONDS + 45) * 1000;
/** Start-up, the baseline, raw limits and the rebuild (which gives up after 5 minutes). */
const FIXED_BUDGET_MS = 10 * 60 * 1000;

/** Where each revision is timed to: the read model an analyst queries, and the alert a subscriber receives. */
type Place = 'readModel' | 'alerts';
const PLACES: Record<Place, { subject: string; throughput: string; resolution: string }> = {
  readModel: {
    subject: 'capture -> FigureChanged in read model',
    throughput: 'revisions applied/s',
    resolution: 'read model polled every 50 ms: an upper bound, up to one poll and its query late',
  },
  alerts: {
    subject: 'capture -> first alert delivered',
    throughput: 'revisions alerted/s',
    resolution:
      'one webhook subscription, rule any, stamped on receipt; the delivery worker is woken by the commit that queues the alert (NOTIFY)',
  },
};

interface RawLimits {
  kafka: { producedPerSecond: number; consumedPerSecond: number };
  copyRowsPerSecond: number;
  figureRowsPerRevision: number;
}

type JudgedResult = StepResult<Place> & JudgedStep;

function latencyRows(step: StepResult<Place>, place: Place, baseline: number[]): BenchRow[] {
  const arrival = step.arrivals[place];
  return [50, 99].map((p) => {
    const subjectValue = percentile(arrival.latenciesMs, p);
    const baselineValue = percentile(baseline, p);
    return {
      name: `pipeline e2e @ ${step.ratePerSecond}/s`,
      subject: PLACES[place].subject,
      subjectValue,
      baseline: `kafkajs produce -> consume @ ${BASELINE_RATE}/s`,
      baselineValue,
      unit: `ms p${p}`,
      ratio: ratio(subjectValue, baselineValue),
      note: `${arrival.latenciesMs.length} of ${step.sent} revisions, backlog ${arrival.backlogAtEnd} when sending stopped${arrival.drained ? '' : ', not drained in 30 s'}; ${PLACES[place].resolution}`,
    };
  });
}

function throughputRow(steps: JudgedResult[], place: Place, raw: RawLimits): BenchRow {
  const best = steps.filter((step) => step.keptUp).at(-1) ?? steps[0];
  const subjectValue = best.arrivals[place].throughput;
  return {
    name: 'pipeline e2e throughput',
    subject: `${PLACES[place].throughput} @ ${best.ratePerSecond}/s offered`,
    subjectValue,
    baseline: 'kafkajs produce, acks=all, batches',
    baselineValue: raw.kafka.producedPerSecond,
    unit: 'per s',
    ratio: ratio(subjectValue, raw.kafka.producedPerSecond),
    note: `highest step that kept up (${STEP_SECONDS} s each, backlog under 2 s of input as sending stopped, drained after); steps ${steps.map((step) => step.ratePerSecond).join(', ')}/s`,
  };
}

/**
 * Rebuild rate against the lower raw limit. An event (one Kafka message of any type), a raw message
 * (RevisionRecorded-sized) and a COPY row (one figure) are different units: the note restates all three per revision.
 */
function rebuildRow(run: RebuildRun, revisions: number, raw: RawLimits): BenchRow {
  const subjectValue = run.totalEvents / run.seconds;
  const copyIsLower = raw.copyRowsPerSecond < raw.kafka.consumedPerSecond;
  const baselineValue = Math.min(raw.copyRowsPerSecond, raw.kafka.consumedPerSecond);
  const eventsPerRevision = run.totalEvents / revisions;
  const perRevision = (rate: number) => Math.round(rate).toLocaleString('en-US');
  return {
    name: 'read model rebuild',
    subject: run.finished ? 'events rebuilt/s, request to switch-over' : 'events rebuilt/s, unfinished',
    subjectValue,
    baseline: copyIsLower ? 'lower raw limit: Postgres COPY' : 'lower raw limit: kafkajs consume',
    baselineValue,
    unit: copyIsLower ? 'events/s vs rows/s' : 'events/s vs msgs/s',
    ratio: ratio(subjectValue, baselineValue),
    note:
      (run.finished
        ? ''
        : `Unfinished when the bench stopped waiting: the rate of the events applied by then, a lower bound. `) +
      `${run.totalEvents} events of the revisions and analyses topics (${eventsPerRevision.toFixed(1)} per revision: ` +
      `RevisionRecorded, RevisionAnalyzed, FigureChanged) into every read model, ` +
      `in ${run.seconds.toFixed(1)} s of which ${run.startupSeconds.toFixed(1)} s passed before the first was applied ` +
      `(tables, a new consumer group joining). The units differ: an event is one message, mostly smaller than ` +
      `the ${copyIsLower ? 'figure row COPY writes' : 'RevisionRecorded-sized raw messages'}. Per revision: rebuild ` +
      `${perRevision(subjectValue / eventsPerRevision)}/s, kafkajs consume ${perRevision(raw.kafka.consumedPerSecond)}/s ` +
      `(one message each), COPY ${perRevision(raw.copyRowsPerSecond / raw.figureRowsPerRevision)}/s ` +
      `(${raw.figureRowsPerRevision.toFixed(1)} figure rows each)`,
  };
}

async function measureRawLimits(brokers: string, databaseServer: string): Promise<RawLimits> {
  const { messages, rows } = rawLimitsLoad();
  const kafka = await measureKafkaRoundTrip(brokers, messages);
  const copyRowsPerSecond = await measurePostgresCopy(databaseServer, rows);
  return { kafka, copyRowsPerSecond, figureRowsPerRevision: rows.length / messages.length };
}

function arrivalFacts(step: StepResult<Place>, place: Place): ArrivalFacts {
  const arrival = step.arrivals[place];
  return {
    p50Ms: percentile(arrival.latenciesMs, 50),
    p99Ms: percentile(arrival.latenciesMs, 99),
    backlogAtEnd: arrival.backlogAtEnd,
    drained: arrival.drained,
  };
}

function ladderStep(step: JudgedResult): LadderStep {
  return {
    ratePerSecond: step.ratePerSecond,
    keptUp: step.keptUp,
    sent: step.sent,
    sendSeconds: step.sendSeconds,
    readModel: arrivalFacts(step, 'readModel'),
    alerts: arrivalFacts(step, 'alerts'),
  };
}

async function snapshot(apps: AppProcesses, client: Client): Promise<ProfileSnapshot> {
  const counts = await Promise.all(APPS.map((app) => apps.probe(app)));
  const { rows } = await client.query<{ xact_commit: string }>(
    'SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()',
  );
  return {
    apps: Object.fromEntries(APPS.map((app, index) => [app, counts[index]])),
    databaseCommits: Number(rows[0]?.xact_commit ?? Number.NaN),
  };
}

/** A step's captures: its own reports (own host), three revisions each, in the order they are sent. */
function stepCaptures(rate: number, index: number): LoadCapture[] {
  const count = rate * STEP_SECONDS;
  return generateLoad({
    seed: 11 + index,
    reports: Math.ceil(count / 3),
    revisionsPerReport: 3,
    startAt: '2024-01-01T00:00:00.000Z',
    baseUrl: `https://step-${index}-${rate}.example.org`,
  }).slice(0, count);
}

/**
 * Offers 25/s, 50/s, 100/s, ... for STEP_SECONDS each until a step falls behind, with each app's
 * work per revision over every step.
 */
async function measureSteps(
  apps: AppProcesses,
  client: Client,
  places: Record<Place, Arrivals>,
  progress: (message: string) => void,
): Promise<{ steps: JudgedResult[]; profiles: RevisionProfile[]; revisions: number }> {
  const send = (slice: readonly LoadCapture[], rate: number) =>
    runStep(apps.url('ingest'), apps.env.API_TOKEN, slice, rate, places);
  // Until the first capture has arrived everywhere the consumers may still be joining their groups: not pipeline latency.
  const warmUp = generateLoad({
    seed: 10,
    reports: 10,
    revisionsPerReport: 1,
    startAt: '2023-01-01T00:00:00.000Z',
    baseUrl: 'https://warm-up.example.org',
  });
  progress(`warm-up: ${warmUp.length} captures`);
  let revisions = (await send(warmUp, 5)).sent;
  const steps: JudgedResult[] = [];
  const profiles: RevisionProfile[] = [];
  for (let rate = nextRate(steps); rate !== null; rate = nextRate(steps)) {
    const captures = stepCaptures(rate, steps.length);
    progress(`${captures.length} captures at ${rate}/s`);
    const before = await snapshot(apps, client);
    const step = await send(captures, rate);
    const judged = { ...step, keptUp: keptUp(step) };
    steps.push(judged);
    profiles.push(revisionProfile(before, await snapshot(apps, client), step.sent, rate));
    revisions += step.sent;
    const { readModel, alerts } = step.arrivals;
    progress(
      `${rate}/s ${judged.keptUp ? 'kept up' : 'fell behind'}: sent in ${step.sendSeconds.toFixed(1)} s, ` +
        `backlog ${readModel.backlogAtEnd} read model / ${alerts.backlogAtEnd} alerts as sending stopped`,
    );
  }
  return { steps, profiles, revisions };
}

/**
 * Issues 9 and 14: end to end through the real apps (child processes from dist/) on a ladder of
 * offered rates, from capture to the read model and to a delivered alert, against kafkajs alone on
 * the same broker; then a rebuild of the read models from the log against the lower of kafkajs
 * consume and Postgres COPY; each app's peak memory against the same process idle; and, beside the
 * rows, issue 14's summary and each app's work per revision.
 */
export const pipelineE2eBenchmark: Benchmark = {
  name: 'pipeline-e2e',
  needs: ['kafka', 'postgres'],
  timeoutMs: MAX_STEPS * STEP_BUDGET_MS + FIXED_BUDGET_MS,
  async run(context): Promise<BenchRow[]> {
    const brokers = context.kafkaBrokers ?? '';
    const messages = revisionSizedMessages(
      generateLoad({ seed: 12, reports: 300, revisionsPerReport: 1, startAt: '2024-01-01T00:00:00.000Z' }),
    );
    context.progress(`baseline: ${messages.length} messages one at a time at ${BASELINE_RATE}/s`);
    const baseline = await kafkaRoundTripLatencies(brokers, messages, BASELINE_RATE);
    context.progress('raw limits: kafkajs produce and consume, Postgres COPY');
    const raw = await measureRawLimits(brokers, context.databaseServer);
    const apps = new AppProcesses(brokers, context.databaseServer);
    const client = new Client({ connectionString: apps.env.DATABASE_URL });
    const receiver = new AlertReceiver();
    try {
      for (const app of APPS) {
        context.progress(`starting ${app}`);
        await apps.start(app);
      }
      const idle = Object.fromEntries(APPS.map((app) => [app, memoryMiB(apps.pid(app), 'VmRSS')]));
      await subscribeToAlerts(apps.url('alerts'), apps.env.API_TOKEN, await receiver.listen());
      await client.connect();
      const applied = new AppliedRevisions(client);
      applied.start();
      const { steps, profiles, revisions } = await measureSteps(
        apps,
        client,
        { readModel: applied, alerts: receiver },
        context.progress,
      ).finally(() => applied.stop());
      context.progress(`rebuilding the read models from the log (${revisions} revisions)`);
      const rebuild = await rebuildReadModels(apps.url('projection'), apps.env.API_TOKEN);
      const { summary, context: summaryContext } = summarizePipeline({
        steps: steps.map(ladderStep),
        stepSeconds: STEP_SECONDS,
        rebuild,
        raw: { kafkaConsumePerSecond: raw.kafka.consumedPerSecond, copyRowsPerSecond: raw.copyRowsPerSecond },
      });
      const profiled = latencyStep(steps);
      context.record({
        summary,
        summaryContext,
        revisionProfile: profiles[profiled ? steps.indexOf(profiled) : 0],
      });
      return [
        ...steps.flatMap((step) => [
          ...latencyRows(step, 'readModel', baseline),
          ...latencyRows(step, 'alerts', baseline),
        ]),
        throughputRow(steps, 'readModel', raw),
        throughputRow(steps, 'alerts', raw),
        rebuildRow(rebuild, revisions, raw),
        ...APPS.map((app) => ({
          name: `peak RSS, ${app}`,
          subject: `${app} app process, whole run`,
          subjectValue: memoryMiB(apps.pid(app), 'VmHWM'),
          baseline: 'same process idle after start',
          baselineValue: idle[app],
          unit: 'MiB',
          ratio: ratio(memoryMiB(apps.pid(app), 'VmHWM'), idle[app]),
        })),
      ];
    } finally {
      await client.end().catch(() => undefined);
      await apps.stop();
      await receiver.close();
      await dropDatabase(apps.env.DATABASE_URL).catch(() => undefined);
    }
  },
};
