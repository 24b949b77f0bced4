import { ensureDatabase } from '@palimpsest/persistence';
import { assertPostgresReachable, DEFAULT_DATABASE_URL } from '@palimpsest/platform';
import { randomBytes } from 'node:crypto';
import type { LocalBrokerHandle } from '../kafka/with-broker';
import { startLocalBroker, stopLocalBroker } from '../kafka/with-broker';
import type { AppName } from './app-launcher';
import { portVariable } from './app-launcher';
import { AppProcess } from './app-process';

/**
 * `npm start`: the broker (unless KAFKA_BROKERS names one), the database, and
 * the four apps with prefixed logs, until Ctrl-C stops everything it started.
 */
const DEFAULT_PORTS: Record<AppName, string> = { projection: '3000', ingest: '3001', alerts: '3002', diff: '3003' };

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL };
  await assertPostgresReachable(env.DATABASE_URL!);
  await ensureDatabase(env.DATABASE_URL!);
  let broker: LocalBrokerHandle | null = null;
  if (!env.KAFKA_BROKERS) {
    console.log(
      'KAFKA_BROKERS is not set: starting a local Kafka broker (the first start fetches its jars with Maven)',
    );
    broker = await startLocalBroker();
    env.KAFKA_BROKERS = broker.brokers;
    console.log(
      `Kafka ${broker.reused ? 'already running' : `started in ${(broker.startupMs / 1000).toFixed(1)} s`} at ${broker.brokers}`,
    );
  }
  const ports = portsFrom(env);
  env.QUERY_API_URL ??= `http://127.0.0.1:${ports.projection}`;
  // A token the user set is never printed; one generated for this run is, since nothing else knows it.
  const generatedToken = env.API_TOKEN ? null : randomBytes(24).toString('hex');
  if (generatedToken) {
    env.API_TOKEN = generatedToken;
    console.log(`API_TOKEN is not set: generated one for this run: ${generatedToken}`);
  }
  const apps = (['ingest', 'diff', 'projection', 'alerts'] as const).map((name) => new AppProcess(name, ports[name]));
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(apps.map((app) => app.stop()));
    if (broker) await stopLocalBroker(broker);
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  process.once('SIGHUP', () => void stopAll(0));
  for (const app of apps) app.start(env);
  try {
    await Promise.all(apps.map((app) => app.healthy()));
  } catch (error) {
    console.error(`start failed: ${(error as Error).message}`);
    return stopAll(1);
  }
  for (const app of apps) {
    void app.exited.then((code) => {
      if (stopping) return;
      console.error(`${app.name} exited with code ${code}; stopping the rest`);
      void stopAll(1);
    });
  }
  console.log(
    [
      'Palimpsest is running. Ctrl-C stops it.',
      `  capture API  POST http://127.0.0.1:${ports.ingest}/captures`,
      `  query API    GET  http://127.0.0.1:${ports.projection}/reports`,
      `  alerts API   POST http://127.0.0.1:${ports.alerts}/subscriptions (Authorization: Bearer ${generatedToken ?? '$API_TOKEN'})`,
      `  health       http://127.0.0.1:${ports.ingest}/health, :${ports.diff}/health, :${ports.projection}/health, :${ports.alerts}/health`,
    ].join('\n'),
  );
}

function portsFrom(env: NodeJS.ProcessEnv): Record<AppName, string> {
  const port = (name: AppName) => env[portVariable(name)] ?? DEFAULT_PORTS[name];
  return { ingest: port('ingest'), diff: port('diff'), projection: port('projection'), alerts: port('alerts') };
}

main().catch((error: Error) => {
  console.error(`palimpsest could not start: ${error.message}`);
  process.exit(1);
});
