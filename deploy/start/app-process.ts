import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { LinePrefixer } from './line-prefixer';

export type AppName = 'ingest' | 'diff' | 'projection' | 'alerts';

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
    private readonly distDir: string,
  ) {}

  start(env: NodeJS.ProcessEnv): void {
    const prefix = process.stdout.isTTY ? `${COLOURS[this.name]}[${this.name}]\x1b[0m` : `[${this.name}]`;
    const child = spawn(process.execPath, [join(this.distDir, 'apps', this.name, 'src', 'main.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      const prefixer = new LinePrefixer(prefix, (line) => process.stdout.write(`${line}\n`));
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => prefixer.push(chunk));
      stream.on('end', () => prefixer.flush());
    }
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.child = child;
  }

  /** SIGTERM for a clean shutdown; SIGKILL if it has not exited after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
