import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { delimiter, join } from 'node:path';
import type { LocalBrokerHandle } from './local-broker';
import { startLocalBroker, stopLocalBroker } from './local-broker';
import { externalBrokersFromEnv } from './local-broker-env';
import { findRepoRoot } from './repo-root';

export type { LocalBrokerHandle, LocalBrokerStatus, StartLocalBrokerOptions } from './local-broker';
export { localBrokerStatus, startLocalBroker, stopLocalBroker, stopRunningLocalBroker } from './local-broker';

const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Runs `command` with KAFKA_BROKERS set: the caller's brokers when KAFKA_BROKERS is already set,
 * otherwise the local broker, started for the run and stopped after it (unless it was already running).
 * Resolves with the command's exit code.
 */
export async function runWithBroker(command: readonly string[]): Promise<number> {
  if (externalBrokersFromEnv(process.env)) return runCommandInheriting(command, process.env);
  let interrupted: NodeJS.Signals | undefined;
  const noteInterrupt = (signal: NodeJS.Signals) => (interrupted = signal);
  FORWARDED_SIGNALS.forEach((signal) => process.on(signal, noteInterrupt));
  const handle = await startLocalBroker().finally(() =>
    FORWARDED_SIGNALS.forEach((signal) => process.off(signal, noteInterrupt)),
  );
  console.error(`[with-broker] ${describeHandle(handle)}`);
  try {
    if (interrupted) return exitCodeForSignal(interrupted);
    return await runCommandInheriting(command, {
      ...process.env,
      KAFKA_BROKERS: handle.brokers,
    });
  } finally {
    const stopped = await stopLocalBroker(handle);
    if (stopped.stopped) console.error('[with-broker] Kafka stopped');
  }
}

function describeHandle(handle: LocalBrokerHandle): string {
  const seconds = (handle.startupMs / 1000).toFixed(1);
  const what = handle.reused ? 'reusing the running Kafka' : `started Kafka in ${seconds} s`;
  return `${what} at ${handle.brokers}`;
}

/** Inherited stdio; SIGINT and SIGTERM are passed on, so the broker is stopped only after the command has ended. */
function runCommandInheriting(command: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const repoBin = join(findRepoRoot(), 'node_modules', '.bin');
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...env, PATH: [repoBin, env.PATH].filter(Boolean).join(delimiter) },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  FORWARDED_SIGNALS.forEach((signal) => process.on(signal, forward));
  return new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`[with-broker] could not run ${command[0]}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? exitCodeForSignal(signal ?? 'SIGTERM')));
  }).finally(() => FORWARDED_SIGNALS.forEach((signal) => process.off(signal, forward)));
}

function exitCodeForSignal(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

if (require.main === module) {
  const command = process.argv.slice(2);
  if (command.length === 0) {
    console.error('usage: node dist/deploy/kafka/with-broker.js <command> [args...]');
    process.exit(2);
  }
  runWithBroker(command).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
