import { READ_MODEL_TABLES } from '../../apps/projection/src/rebuild/generation-tables';
import type { AppInstance, ChildApps } from './child-apps';
import { streamCaptures } from './capture-stream';
import type { PipelineCounts } from './pipeline-audit';
import {
  generationDifferences,
  isSettled,
  readCounts,
  revisionGaps,
  tableSizes,
  unsettledRevisions,
} from './pipeline-audit';
import { waitFor } from '../../deploy/kafka/wait-for';
import { WebhookReceiver } from './webhook-receiver';

/** A fault injected once `afterCaptures` captures have been acknowledged. */
export interface Fault {
  name: string;
  afterCaptures: number;
  inject(): Promise<void>;
}

export interface FaultRecord {
  name: string;
  atCapture: number;
  tookMs: number;
}

export interface ScenarioResult {
  statuses: Record<string, number>;
  faults: FaultRecord[];
  counts: PipelineCounts;
  gaps: Awaited<ReturnType<typeof revisionGaps>>;
  rebuild: RebuildView;
  differences: Record<string, number>;
  sizes: Record<string, number>;
  repeatedDeliveries: string[];
  deliveriesSeen: number;
}

export interface RebuildView {
  id: number;
  status: string;
  totalEvents: number;
  appliedEvents: number;
}

export interface ScenarioOptions {
  reports: number;
  capturesPerReport: number;
  settleTimeoutMs: number;
  ratePerSecond: number;
  /** Copies of each app, in one consumer group per app; captures go to the running ingest copies in turn. */
  instancesPerApp?: number;
  /** Runs once every instance answers /health, before the first capture. */
  beforeStreaming?: () => Promise<void>;
  /** Adds to the failure when the pipeline never settles, e.g. each consumer group's position. */
  explainUnsettled?: () => Promise<string>;
}

const APPS = ['ingest', 'diff', 'projection', 'alerts'] as const;

/**
 * The fault tests' common run: all four apps as child processes (one or more
 * instances each), one alert subscription to a local receiver, captures
 * streamed in while `faults` are injected; then wait until every event reached
 * every consumer, rebuild the read models from the log, and gather what each
 * check needs.
 */
export async function runFaultScenario(
  apps: ChildApps,
  faults: Fault[],
  options: ScenarioOptions,
): Promise<ScenarioResult> {
  const receiver = await new WebhookReceiver(() => 200, false).listen();
  const hook = receiver.url();
  try {
    for (const instance of instancesOf(options.instancesPerApp ?? 1)) await apps.start(instance);
    await subscribe(apps, hook);
    await options.beforeStreaming?.();
    let acknowledged = 0;
    const records: FaultRecord[] = [];
    const deadline = Date.now() + options.settleTimeoutMs;
    const injecting = (async () => {
      for (const fault of faults) {
        await waitFor(
          async () => acknowledged,
          (count) => count >= fault.afterCaptures,
          {
            timeoutMs: options.settleTimeoutMs,
            intervalMs: 50,
            what: `${fault.afterCaptures} captures before ${fault.name}`,
          },
        );
        const started = Date.now();
        const atCapture = acknowledged;
        await fault.inject();
        records.push({ name: fault.name, atCapture, tookMs: Date.now() - started });
      }
    })();
    const statuses = await streamCaptures({
      ingestUrl: roundRobin(apps),
      token: apps.env.API_TOKEN,
      reports: options.reports,
      capturesPerReport: options.capturesPerReport,
      concurrency: 8,
      ratePerSecond: options.ratePerSecond,
      deadline,
      onAcknowledged: (count) => (acknowledged = count),
    });
    await injecting;
    await apps.whenStarted();
    const expected = options.reports * options.capturesPerReport;
    const counts = await waitFor(
      () => readCounts(apps.databaseUrl),
      (value) => isSettled(value, expected),
      { timeoutMs: Math.max(10_000, deadline - Date.now()), intervalMs: 500, what: 'every event in every read model' },
    ).catch(async (error: Error) => {
      // A run that never settles must say where it stopped, or the next person cannot tell a lost event from a slow one.
      const explained = await options
        .explainUnsettled?.()
        .catch((cause: Error) => `(no explanation: ${cause.message})`);
      throw new Error(`${error.message}\n${await unsettledRevisions(apps.databaseUrl)}\n${explained ?? ''}`);
    });
    await waitFor(
      async () => receiver.accepted.size,
      (size) => size >= counts.deliveries,
      { what: 'every webhook' },
    );
    const rebuild = await rebuildFromLog(apps);
    return {
      statuses: Object.fromEntries(statuses),
      faults: records,
      counts,
      gaps: await revisionGaps(apps.databaseUrl),
      rebuild,
      differences: await generationDifferences(apps.databaseUrl, READ_MODEL_TABLES, rebuild.id),
      sizes: await tableSizes(apps.databaseUrl, READ_MODEL_TABLES),
      repeatedDeliveries: receiver.repeated(),
      deliveriesSeen: receiver.accepted.size,
    };
  } finally {
    await receiver.close();
  }
}

/** `ingest`, `diff`, ..., then `ingest#2`, `diff#2`, ...: every app runs once before any runs twice. */
function instancesOf(copies: number): AppInstance[] {
  return Array.from({ length: copies }, (_, index) =>
    APPS.map((app): AppInstance => (index === 0 ? app : `${app}#${index + 1}`)),
  ).flat();
}

/** The next running ingest instance on each call, as a load balancer would spread requests. */
function roundRobin(apps: ChildApps): () => string {
  let calls = 0;
  return () => {
    const running = apps.running('ingest');
    return apps.url(running.length > 0 ? running[calls++ % running.length] : 'ingest');
  };
}

/** The first running instance of `app`: the one a request goes to once others were stopped. */
function anyRunning(apps: ChildApps, app: (typeof APPS)[number]): string {
  const [instance] = apps.running(app);
  if (!instance) throw new Error(`no ${app} instance is running`);
  return apps.url(instance);
}

async function subscribe(apps: ChildApps, hook: string): Promise<void> {
  const response = await fetch(`${anyRunning(apps, 'alerts')}/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apps.env.API_TOKEN}` },
    body: JSON.stringify({ url: hook, rule: 'any' }),
  });
  if (response.status !== 201) throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
}

/** `palimpsest rebuild --projection projection` over HTTP: start, then poll until the pointer switched. */
async function rebuildFromLog(apps: ChildApps): Promise<RebuildView> {
  const base = `${anyRunning(apps, 'projection')}/admin/rebuilds`;
  const started = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apps.env.API_TOKEN}` },
    body: JSON.stringify({ projection: 'projection' }),
  });
  if (started.status !== 202) throw new Error(`rebuild refused: ${started.status} ${await started.text()}`);
  const { id } = (await started.json()) as { id: number };
  return waitFor(
    async () => (await (await fetch(`${base}/${id}`)).json()) as RebuildView,
    (rebuild) => rebuild.status !== 'building',
    { timeoutMs: 60_000, intervalMs: 250, what: `rebuild ${id}` },
  );
}

/** A fault that stops one instance with SIGTERM and leaves it stopped: its partitions move to the others. */
export function stopInstance(apps: ChildApps, instance: AppInstance, afterCaptures: number): Fault {
  return { name: `stop ${instance}`, afterCaptures, inject: () => apps.stopInstance(instance) };
}

/** A fault that kills one app with SIGKILL and starts it again. */
export function killAndRestart(apps: ChildApps, app: (typeof APPS)[number], afterCaptures: number): Fault {
  return { name: `kill -9 ${app}, restart`, afterCaptures, inject: () => apps.killAndStartInBackground(app) };
}
