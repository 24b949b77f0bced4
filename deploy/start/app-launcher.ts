import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { findRepoRoot } from '../kafka/repo-root';

export type AppName = 'ingest' | 'diff' | 'projection' | 'alerts';

/** The variable that sets an app's HTTP port, e.g. INGEST_PORT. */
export function portVariable(app: AppName): string {
  return `${app.toUpperCase()}_PORT`;
}

export interface LaunchOptions {
  /** The whole environment the app sees; its port variable is set from `port`. */
  env: NodeJS.ProcessEnv;
  port: number | string;
  /** A module loaded into the app before it starts (`node --require`), e.g. the bench's probe. */
  preload?: string;
  /** Opens an IPC channel to the app (the bench asks its probe for counts through it). */
  ipc?: boolean;
}

/**
 * Starts one app from the compiled `dist/` (`npm run build` first) as a child process with stdout
 * and stderr piped: `npm start`, the end-to-end tests and the bench all start the apps this way.
 */
export function launchApp(app: AppName, { env, port, preload, ipc }: LaunchOptions): ChildProcess {
  const root = findRepoRoot();
  const main = join(root, 'dist', 'apps', app, 'src', 'main.js');
  return spawn(process.execPath, [...(preload ? ['--require', preload] : []), main], {
    cwd: root,
    env: { ...env, [portVariable(app)]: String(port) },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Polls the app's /health until it answers 2xx; fails at once if the app exits, or after `timeoutMs`. */
export async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited(child))
      throw new Error(`${url}: the app exited during start-up (${child.exitCode ?? child.signalCode})`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} not healthy in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** SIGTERM, then SIGKILL if the app has not exited after `graceMs`; true when it had to be killed. */
export async function stopApp(child: ChildProcess, graceMs: number): Promise<boolean> {
  if (hasExited(child)) return false;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  let forced = false;
  const timer = setTimeout(() => {
    forced = true;
    child.kill('SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
  return forced;
}

/** A TCP port free on 127.0.0.1 just now, for an app started beside others. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}
