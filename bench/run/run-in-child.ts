import { fork } from 'node:child_process';
import type { ChildReport } from './child-protocol';
import { CHILD_FLAG } from './child-protocol';

/** A benchmark process still running after this long is stopped, unless the benchmark says how long it needs. */
export const DEFAULT_BENCHMARK_TIMEOUT_MS = 4 * 60 * 1000;

/** Forks `mainPath` for one benchmark, so each has its own heap and memory peak; resolves with its report. */
export function runInChild(
  mainPath: string,
  benchmarkName: string,
  timeoutMs = DEFAULT_BENCHMARK_TIMEOUT_MS,
): Promise<ChildReport> {
  return new Promise((resolve) => {
    const child = fork(mainPath, [CHILD_FLAG, benchmarkName], { serialization: 'advanced', stdio: 'inherit' });
    let report: ChildReport | null = null;
    const timer = setTimeout(() => {
      report ??= { ok: false, error: `stopped after ${timeoutMs / 1000} s` };
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('message', (message) => (report ??= message as ChildReport));
    child.on('error', (error) => (report ??= { ok: false, error: error.message }));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(
        report ?? { ok: false, error: `benchmark process exited (${signal ?? `code ${code}`}) without a report` },
      );
    });
  });
}
