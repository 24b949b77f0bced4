import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { PROBE_REQUEST, ProbeCounts } from './probe-protocol';

export type BenchApp = 'ingest' | 'diff' | 'projection' | 'alerts';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const PORT_VARIABLES: Record<BenchApp, string> = {
  ingest: 'INGEST_PORT',
  diff: 'DIFF_PORT',
  projection: 'PROJECTION_PORT',
  alerts: 'ALERTS_PORT',
};
const START_TIMEOUT_MS = 60_000;
const PROBE_TIMEOUT_MS = 5_000;
// Compiled beside this file; preloaded into every app to count its round trips, commits and CPU time.
const PROBE_MODULE = join(__dirname, 'app-probe.js');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Kibibytes the kernel reports for `field` (VmRSS now, VmHWM the peak) of a live process, in MiB. */
export function memoryMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

/** The apps as child processes from `dist/`, on free ports, with one throwaway database and topic prefix. */
export class AppProcesses {
  readonly runId = `bench_e2e_${randomBytes(4).toString('hex')}`;
  readonly env: Record<string, string>;
  private readonly children = new Map<BenchApp, { child: ChildProcess; port: number; log: string[] }>();

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

  url(app: BenchApp): string {
    return `http://127.0.0.1:${this.children.get(app)?.port}`;
  }

  pid(app: BenchApp): number {
    return this.children.get(app)?.child.pid ?? Number.NaN;
  }

  async start(app: BenchApp): Promise<void> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--require', PROBE_MODULE, join('dist', 'apps', app, 'src', 'main.js')], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...this.env, [PORT_VARIABLES[app]]: String(port) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const log: string[] = [];
    const keep = (chunk: Buffer) => log.splice(0, Math.max(0, log.length - 50), ...chunk.toString().split('\n'));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.children.set(app, { child, port, log });
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!(await this.healthy(app))) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`${app} did not start: ${log.slice(-5).join(' | ')}`);
      await new Promise((done) => setTimeout(done, 250));
    }
  }

  /** The app's counts since it started, from the probe preloaded into it. */
  probe(app: BenchApp): Promise<ProbeCounts> {
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
    for (const { child } of [...this.children.values()].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  }

  private async healthy(app: BenchApp): Promise<boolean> {
    try {
      return (await fetch(`${this.url(app)}/health`, { signal: AbortSignal.timeout(2_000) })).ok;
    } catch {
      return false;
    }
  }
}
