import { dropDatabase } from '@palimpsest/persistence';
import { Client } from 'pg';
import { Benchmark, BenchRow } from '../benchmark';
import { generateLoad, LoadCapture } from '../load';
import { ratio } from '../measure/ratio';
import { percentile } from '../measure/statistics';
import { revisionSizedMessages } from '../raw-limits/event-sized-messages';
import { measureKafkaRoundTrip } from '../raw-limits/kafka-round-trip';
import { measurePostgresCopy } from '../raw-limits/postgres-copy';
import { rawLimitsLoad } from '../raw-limits/raw-limits-load';
import { AlertReceiver } from './alert-receiver';
import { AppliedRevisions } from './applied-revisions';
import { AppProcesses, BenchApp, memoryMiB } from './app-processes';
import { kafkaRoundTripLatencies } from './kafka-latency';
import { rebuildReadModels, RebuildRun } from './rebuild-read-models';
import { ArrivalResult, Arrivals, runStep, StepResult } from './run-step';
import { subscribeToAlerts } from './subscribe-alerts';

// 10/s first: with alerts delivering on the same two cores, the lowest step is the one most likely to keep up.
const RATES = [10, 25, 50, 100];
const STEP_SECONDS = 15;
const APPS: BenchApp[] = ['ingest', 'diff', 'projection', 'alerts'];
const BASELINE_RATE = 50;

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
      'one webhook subscription, rule any, stamped on receipt; alerts sends as soon as it queues an alert (its outbox poll, 100 ms, is the fallback)',
  },
};

interface RawLimits {
  kafka: { producedPerSecond: number; consumedPerSecond: number };
  copyRowsPerSecond: number;
  figureRowsPerRevision: number;
}

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

function throughputRow(steps: StepResult<Place>[], place: Place, raw: RawLimits): BenchRow {
  const best = steps.filter((step) => step.arrivals[place].drained).at(-1) ?? steps[0];
  const subjectValue = best.arrivals[place].throughput;
  return {
    name: 'pipeline e2e throughput',
    subject: `${PLACES[place].throughput} @ ${best.ratePerSecond}/s offered`,
    subjectValue,
    baseline: 'kafkajs produce, acks=all, batches',
    baselineValue: raw.kafka.producedPerSecond,
    unit: 'per s',
    ratio: ratio(subjectValue, raw.kafka.producedPerSecond),
    note: `highest step that drained; steps ${steps.map((step) => step.ratePerSecond).join(', ')}/s`,
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
    subject: 'events rebuilt/s, request to switch-over',
    subjectValue,
    baseline: copyIsLower ? 'lower raw limit: Postgres COPY' : 'lower raw limit: kafkajs consume',
    baselineValue,
    unit: copyIsLower ? 'events/s vs rows/s' : 'events/s vs msgs/s',
    ratio: ratio(subjectValue, baselineValue),
    note:
      `${run.totalEvents} events of the revisions and analyses topics (${eventsPerRevision.toFixed(1)} per revision: ` +
      `RevisionRecorded, RevisionAnalyzed, FigureChanged) into every read model, one transaction per event, ` +
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

/** Lag grows when more than two seconds of input has not arrived somewhere as sending stops: no higher step. */
function fellBehind(step: StepResult<Place>): boolean {
  return Object.values<ArrivalResult>(step.arrivals).some(
    (arrival) => !arrival.drained || arrival.backlogAtEnd > step.ratePerSecond * 2,
  );
}

async function measureSteps(
  apps: AppProcesses,
  places: Record<Place, Arrivals>,
  progress: (message: string) => void,
): Promise<{ steps: StepResult<Place>[]; revisions: number }> {
  // 925 reports x 3 revisions = 2,775 captures: every step's STEP_SECONDS at its rate.
  const captures = generateLoad({ seed: 11, reports: 925, revisionsPerReport: 3, startAt: '2024-01-01T00:00:00.000Z' });
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
  const steps: StepResult<Place>[] = [];
  let offset = 0;
  for (const rate of RATES) {
    const slice = captures.slice(offset, (offset += rate * STEP_SECONDS));
    progress(`${slice.length} captures at ${rate}/s`);
    const step = await send(slice, rate);
    steps.push(step);
    revisions += step.sent;
    if (fellBehind(step)) break;
  }
  return { steps, revisions };
}

/**
 * Issue 9: end to end through the real apps (child processes from dist/) at stepped rates, from capture
 * to the read model and to a delivered alert, against kafkajs alone on the same broker; then a rebuild
 * of the read models from the log against the lower of kafkajs consume and Postgres COPY; plus each
 * app's peak memory against the same process idle.
 */
export const pipelineE2eBenchmark: Benchmark = {
  name: 'pipeline-e2e',
  needs: ['kafka', 'postgres'],
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
      const { steps, revisions } = await measureSteps(
        apps,
        { readModel: applied, alerts: receiver },
        context.progress,
      ).finally(() => applied.stop());
      context.progress(`rebuilding the read models from the log (${revisions} revisions)`);
      const rebuild = await rebuildReadModels(apps.url('projection'), apps.env.API_TOKEN);
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
