import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppName } from '../../deploy/start/app-launcher';
import { freePort, launchApp, stopApp, waitUntilHealthy } from '../../deploy/start/app-launcher';
import type { ProbeCounts } from './probe-protocol';
import { PROBE_REQUEST } from './probe-protocol';

const START_TIMEOUT_MS = 60_000;
const PROBE_TIMEOUT_MS = 5_000;
// Compiled beside this file; preloaded into every app to count its round trips, commits and CPU time.
const PROBE_MODULE = join(__dirname, 'app-probe.js');

/** Kibibytes the kernel reports for `field` (VmRSS now, VmHWM the peak) of a live process, in MiB. */
export function memoryMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

/** The apps as child processes from `dist/`, on free ports, with one throwaway database and topic prefix. */
export class AppProcesses {
  readonly runId = `bench_e2e_${randomBytes(4).toString('hex')}`;
  readonly env: Record<string, string>;
  private readonly children = new Map<AppName, { child: ChildProcess; port: number; log: string[] }>();

  constructor(brokers: string, databaseServer: string) {
    this.env = {
      DATABASE_URL: `${databaseServer}/${this.runId}`,
      KAFKA_BROKERS: brokers,
      KAFKA_TOPIC_PREFIX: this.runId,
      KAFKA_PARTITIONS: '12',
      HOST: '127.0.0.1',
      API_TOKEN: randomBytes(24).toString('hex'),
      RATE_LIMIT_PER_MINUTE: '1000000',
      // The bench's webhook receiver listens on loopback, which alerts refuses unless allowed; a
      // short poll and backoff (as the end-to-end tests use) keep the delivery step from dominating latency.
      WEBHOOK_ALLOWLIST: '127.0.0.1',
      WEBHOOK_BACKOFF_BASE_MS: '100',
      WEBHOOK_BACKOFF_MAX_MS: '1000',
    };
  }

  url(app: AppName): string {
    return `http://127.0.0.1:${this.children.get(app)?.port}`;
  }

  pid(app: AppName): number {
    return this.children.get(app)?.child.pid ?? Number.NaN;
  }

  async start(app: AppName): Promise<void> {
    const port = await freePort();
    const child = launchApp(app, { env: { ...process.env, ...this.env }, port, preload: PROBE_MODULE, ipc: true });
    const log: string[] = [];
    const keep = (chunk: Buffer) => log.splice(0, Math.max(0, log.length - 50), ...chunk.toString().split('\n'));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.children.set(app, { child, port, log });
    await waitUntilHealthy(`${this.url(app)}/health`, child, START_TIMEOUT_MS).catch((error: Error) => {
      throw new Error(`${app} did not start (${error.message}): ${log.slice(-5).join(' | ')}`);
    });
  }

  /** The app's counts since it started, from the probe preloaded into it. */
  probe(app: AppName): Promise<ProbeCounts> {
    const child = this.children.get(app)?.child;
    if (!child) return Promise.reject(new Error(`${app} is not running`));
    return new Promise((done, fail) => {
      const timer = setTimeout(() => {
        child.off('message', answer);
        fail(new Error(`${app} did not answer the probe in ${PROBE_TIMEOUT_MS / 1000} s`));
      }, PROBE_TIMEOUT_MS);
      const answer = (message: ProbeCounts) => {
        clearTimeout(timer);
        child.off('message', answer);
        done(message);
      };
      child.on('message', answer);
      child.send(PROBE_REQUEST);
    });
  }

  /** SIGTERM each app and wait for it to exit (SIGKILL after 10 s). */
  async stop(): Promise<void> {
    for (const { child } of [...this.children.values()].reverse()) await stopApp(child, 10_000);
  }
}
