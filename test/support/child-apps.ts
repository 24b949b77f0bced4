import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { dropDatabase } from '@palimpsest/persistence';
import type { AppName } from '../../deploy/start/app-launcher';
import { freePort, hasExited, launchApp, stopApp, waitUntilHealthy } from '../../deploy/start/app-launcher';

const LOG_LINES_KEPT = 200;

/** One running copy of an app: `diff` is its first instance, `diff#2` a second one in the same consumer group. */
export type AppInstance = AppName | `${AppName}#${number}`;

export function appOf(instance: AppInstance): AppName {
  return instance.split('#')[0] as AppName;
}

/**
 * The apps as child processes started from `dist/` (run `npm run build`
 * first), so a test can kill one with SIGKILL, as a crash would, and start it
 * again. One random database and topic prefix per ChildApps, as Pipeline does;
 * several instances of an app (`diff`, `diff#2`) share them, as replicas would.
 */
export class ChildApps {
  readonly runId = `crash_${randomBytes(4).toString('hex')}`;
  readonly env: Record<string, string>;
  private readonly children = new Map<AppInstance, ChildProcess>();
  private readonly ports = new Map<AppInstance, number>();
  private readonly starting = new Set<Promise<void>>();
  /** Instances that ignored SIGTERM for the whole grace period and had to be killed. */
  readonly forcedStops: AppInstance[] = [];
  /** The last lines each app wrote, shown when a test fails to explain why. */
  readonly logs = new Map<AppInstance, string[]>();

  constructor(overrides: Record<string, string> = {}) {
    const brokers = overrides.KAFKA_BROKERS ?? process.env.KAFKA_BROKERS;
    if (!brokers) throw new Error('KAFKA_BROKERS is not set: run through with-broker');
    this.env = {
      DATABASE_URL: `${process.env.PALIMPSEST_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432'}/${this.runId}`,
      KAFKA_BROKERS: brokers,
      KAFKA_TOPIC_PREFIX: this.runId,
      KAFKA_PARTITIONS: '3',
      HOST: '127.0.0.1',
      API_TOKEN: randomBytes(24).toString('hex'),
      WEBHOOK_ALLOWLIST: '127.0.0.1',
      WEBHOOK_BACKOFF_BASE_MS: '100',
      WEBHOOK_BACKOFF_MAX_MS: '1000',
      RATE_LIMIT_PER_MINUTE: '100000',
      ...overrides,
    };
  }

  get databaseUrl(): string {
    return this.env.DATABASE_URL;
  }

  url(name: AppInstance): string {
    const port = this.ports.get(name);
    if (port === undefined) throw new Error(`${name} was never started`);
    return `http://127.0.0.1:${port}`;
  }

  /** Starts `name` (on the port it had before, if any) and waits until its /health answers 200. */
  async start(name: AppInstance): Promise<void> {
    const port = this.ports.get(name) ?? (await freePort());
    this.ports.set(name, port);
    const child = launchApp(appOf(name), { env: { ...process.env, ...this.env }, port });
    this.children.set(name, child);
    const lines = this.logs.get(name) ?? [];
    this.logs.set(name, lines);
    const keep = (chunk: Buffer) => {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - LOG_LINES_KEPT));
    };
    const file = createWriteStream(this.logFile(name), { flags: 'a' });
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.stdout!.pipe(file);
    child.stderr!.pipe(file);
    await waitUntilHealthy(`${this.url(name)}/health`, child, 60_000).catch((error: Error) => {
      throw new Error(`${name}: ${error.message}; its last lines:\n${lines.slice(-10).join('\n')}`);
    });
  }

  /** kill -9: no shutdown hook runs, transactions in flight are rolled back by Postgres, offsets stay uncommitted. */
  async kill(name: AppInstance): Promise<void> {
    const child = this.children.get(name);
    if (!child || hasExited(child)) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.children.delete(name);
  }

  async restart(name: AppInstance): Promise<void> {
    await this.kill(name);
    await this.start(name);
  }

  /**
   * Kills `name` and starts it again without waiting for it to be ready: a
   * restarted consumer waits for its dead predecessor's group session to
   * expire, and the next fault need not wait for that.
   */
  async killAndStartInBackground(name: AppInstance): Promise<void> {
    await this.kill(name);
    const started = this.start(name);
    this.starting.add(started);
    void started.catch(() => undefined).finally(() => this.starting.delete(started));
  }

  /** Resolves once every app started in the background answers /health; rejects if one failed to start. */
  async whenStarted(): Promise<void> {
    await Promise.all([...this.starting]);
  }

  /** Where each app's whole output goes, for reading after a failed run. */
  logFile(name: AppInstance): string {
    return join(tmpdir(), `${this.runId}-${name.replace('#', '-')}.log`);
  }

  isRunning(name: AppInstance): boolean {
    const child = this.children.get(name);
    return child !== undefined && !hasExited(child);
  }

  /** Running instances of `app`, in the order they were started. */
  running(app: AppName): AppInstance[] {
    return [...this.children.keys()].filter((name) => appOf(name) === app && this.isRunning(name));
  }

  /**
   * SIGTERM, as a scale-down or a rolling deploy would: the app finishes what it holds and leaves
   * its group. Past the grace period (Kubernetes' default is 30 s) it is killed, and noted in `forcedStops`.
   */
  async stopInstance(name: AppInstance, graceMs = 30_000): Promise<void> {
    const child = this.children.get(name);
    if (child && (await stopApp(child, graceMs))) this.forcedStops.push(name);
    this.children.delete(name);
  }

  /** Stops every app gracefully (SIGTERM), then drops the run's database. */
  async stop(): Promise<void> {
    for (const name of [...this.children.keys()].reverse()) await this.stopInstance(name, 10_000);
    await dropDatabase(this.env.DATABASE_URL);
  }
}
