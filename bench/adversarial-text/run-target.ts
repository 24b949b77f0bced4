import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { Target, TargetReport } from './child-protocol';

/** `timedOut` tells a target stopped at its cap (slow) from one that failed (a crash says nothing of its speed). */
export type TargetOutcome = { ok: true; report: TargetReport } | { ok: false; problem: string; timedOut: boolean };

/**
 * Measures `target` in a process of its own and kills it at `capMs`: a page
 * that sends a step into quadratic work must cost the benchmark a known,
 * bounded time, and only a separate process can be stopped mid-regex.
 */
export function runTarget(target: Target, capMs: number): Promise<TargetOutcome> {
  return new Promise((resolve) => {
    const child = fork(join(__dirname, 'target-process.js'), [], { serialization: 'advanced', stdio: 'inherit' });
    let outcome: TargetOutcome | null = null;
    const timer = setTimeout(() => {
      outcome ??= { ok: false, problem: `exceeded ${capMs / 1000} s`, timedOut: true };
      child.kill('SIGKILL');
    }, capMs);
    child.on('message', (report) => (outcome ??= { ok: true, report: report as TargetReport }));
    child.on('error', (error) => (outcome ??= { ok: false, problem: error.message, timedOut: false }));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(
        outcome ?? { ok: false, problem: `exited (${signal ?? `code ${code}`}) without a report`, timedOut: false },
      );
    });
    child.send(target);
  });
}
