import { dropDatabase } from '@palimpsest/persistence';
import { Client } from 'pg';
import { Benchmark, BenchRow } from '../benchmark';
import { generateLoad } from '../load';
import { ratio } from '../measure/ratio';
import { percentile } from '../measure/statistics';
import { revisionSizedMessages } from '../raw-limits/event-sized-messages';
import { measureKafkaRoundTrip } from '../raw-limits/kafka-round-trip';
import { AppliedRevisions } from './applied-revisions';
import { AppProcesses, BenchApp, memoryMiB } from './app-processes';
import { kafkaRoundTripLatencies } from './kafka-latency';
import { runStep, StepResult } from './run-step';

const RATES = [25, 50, 100];
const STEP_SECONDS = 15;
const APPS: BenchApp[] = ['ingest', 'diff', 'projection'];
const BASELINE_RATE = 50;

function latencyRows(step: StepResult, baseline: number[]): BenchRow[] {
  return [50, 99].map((p) => {
    const subjectValue = percentile(step.latenciesMs, p);
    const baselineValue = percentile(baseline, p);
    return {
      name: `pipeline e2e @ ${step.ratePerSecond}/s`,
      subject: 'capture -> FigureChanged in read model',
      subjectValue,
      baseline: `kafkajs produce -> consume @ ${BASELINE_RATE}/s`,
      baselineValue,
      unit: `ms p${p}`,
      ratio: ratio(subjectValue, baselineValue),
      note: `${step.latenciesMs.length} revisions, backlog ${step.backlogAtEnd} when sending stopped${step.drained ? '' : ', not drained in 30 s'}; read model polled every 50 ms`,
    };
  });
}

async function measureSteps(apps: AppProcesses, client: Client, progress: (message: string) => void) {
  const captures = generateLoad({ seed: 11, reports: 900, revisionsPerReport: 3, startAt: '2024-01-01T00:00:00.000Z' });
  const applied = new AppliedRevisions(client);
  applied.start();
  const steps: StepResult[] = [];
  let offset = 0;
  try {
    // Until the first capture is applied the consumers may still be joining their groups: not pipeline latency.
    const warmUp = generateLoad({
      seed: 10,
      reports: 10,
      revisionsPerReport: 1,
      startAt: '2023-01-01T00:00:00.000Z',
      baseUrl: 'https://warm-up.example.org',
    });
    progress(`warm-up: ${warmUp.length} captures`);
    await runStep(apps.url('ingest'), apps.env.API_TOKEN, warmUp, 5, applied);
    for (const rate of RATES) {
      const slice = captures.slice(offset, (offset += rate * STEP_SECONDS));
      progress(`${slice.length} captures at ${rate}/s`);
      const step = await runStep(apps.url('ingest'), apps.env.API_TOKEN, slice, rate, applied);
      steps.push(step);
      // Lag grows when more than two seconds of input is still unapplied as sending stops: no higher step.
      if (!step.drained || step.backlogAtEnd > rate * 2) break;
    }
  } finally {
    applied.stop();
  }
  return steps;
}

/**
 * Issue 9: end to end through the real apps (child processes from dist/) at stepped rates, against
 * kafkajs alone on the same broker, plus each app's peak memory against the same process idle.
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
    const raw = await measureKafkaRoundTrip(
      brokers,
      revisionSizedMessages(
        generateLoad({ seed: 13, reports: 1_000, revisionsPerReport: 5, startAt: '2024-01-01T00:00:00.000Z' }),
      ),
    );
    const apps = new AppProcesses(brokers, context.databaseServer);
    const client = new Client({ connectionString: apps.env.DATABASE_URL });
    try {
      for (const app of APPS) {
        context.progress(`starting ${app}`);
        await apps.start(app);
      }
      const idle = Object.fromEntries(APPS.map((app) => [app, memoryMiB(apps.pid(app), 'VmRSS')]));
      await client.connect();
      const steps = await measureSteps(apps, client, context.progress);
      const best = steps.filter((step) => step.drained).at(-1) ?? steps[0];
      return [
        ...steps.flatMap((step) => latencyRows(step, baseline)),
        {
          name: 'pipeline e2e throughput',
          subject: `revisions applied/s @ ${best.ratePerSecond}/s offered`,
          subjectValue: best.throughput,
          baseline: 'kafkajs produce, acks=all, batches',
          baselineValue: raw.producedPerSecond,
          unit: 'per s',
          ratio: ratio(best.throughput, raw.producedPerSecond),
          note: `highest step that drained; steps ${steps.map((step) => step.ratePerSecond).join(', ')}/s`,
        },
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
      await dropDatabase(apps.env.DATABASE_URL).catch(() => undefined);
    }
  },
};
