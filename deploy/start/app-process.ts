import type { ChildProcess } from 'node:child_process';
import type { AppName } from './app-launcher';
import { launchApp, stopApp, waitUntilHealthy } from './app-launcher';
import { LinePrefixer } from './line-prefixer';

const COLOURS: Record<AppName, string> = {
  ingest: '\x1b[36m',
  diff: '\x1b[35m',
  projection: '\x1b[33m',
  alerts: '\x1b[32m',
};

/** One app as a child process, its output prefixed with its name. */
export class AppProcess {
  private child: ChildProcess | null = null;
  exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly name: AppName,
    readonly port: string,
  ) {}

  start(env: NodeJS.ProcessEnv): void {
    const prefix = process.stdout.isTTY ? `${COLOURS[this.name]}[${this.name}]\x1b[0m` : `[${this.name}]`;
    const child = launchApp(this.name, { env, port: this.port });
    for (const stream of [child.stdout!, child.stderr!]) {
      const prefixer = new LinePrefixer(prefix, (line) => process.stdout.write(`${line}\n`));
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => prefixer.push(chunk));
      stream.on('end', () => prefixer.flush());
    }
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.child = child;
  }

  /** Resolves once /health answers; the app's own log above says why when it does not. */
  async healthy(timeoutMs = 120_000): Promise<void> {
    if (!this.child) throw new Error(`${this.name} was never started`);
    await waitUntilHealthy(`http://127.0.0.1:${this.port}/health`, this.child, timeoutMs);
  }

  /** SIGTERM for a clean shutdown; SIGKILL if it has not exited after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (this.child) await stopApp(this.child, graceMs);
  }
}
