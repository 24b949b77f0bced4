import { isAbsolute, join, resolve } from 'node:path';

/** Where and how the local single-node broker runs. Every field has a default from the environment. */
export interface LocalBrokerSettings {
  readonly host: string;
  readonly brokerPort: number;
  readonly controllerPort: number;
  /** Broker data, logs and pid file. */
  readonly dataDir: string;
  /** Jars fetched by Maven. */
  readonly libDir: string;
  readonly repoRoot: string;
  readonly javaHome: string | undefined;
  /** How long start waits for the broker to answer an admin request. */
  readonly readyTimeoutMs: number;
}

export const DEFAULT_BROKER_PORT = 9092;
export const DEFAULT_CONTROLLER_PORT = 9093;
const DEFAULT_READY_TIMEOUT_MS = 90_000;

/** The only place that reads the environment for deploy/kafka: KAFKA_PORT, KAFKA_CONTROLLER_PORT, KAFKA_DATA_DIR, JAVA_HOME. */
export function localBrokerSettingsFromEnv(env: NodeJS.ProcessEnv, repoRoot: string, cwd: string): LocalBrokerSettings {
  const dataDir = env.KAFKA_DATA_DIR ? resolveFrom(cwd, env.KAFKA_DATA_DIR) : join(repoRoot, '.kafka', 'data');
  return {
    host: '127.0.0.1',
    brokerPort: parsePort('KAFKA_PORT', env.KAFKA_PORT, DEFAULT_BROKER_PORT),
    controllerPort: parsePort('KAFKA_CONTROLLER_PORT', env.KAFKA_CONTROLLER_PORT, DEFAULT_CONTROLLER_PORT),
    dataDir,
    libDir: join(repoRoot, '.kafka', 'lib'),
    repoRoot,
    javaHome: env.JAVA_HOME || undefined,
    readyTimeoutMs: DEFAULT_READY_TIMEOUT_MS,
  };
}

/** KAFKA_BROKERS as a list of host:port, or undefined when unset or blank. */
export function externalBrokersFromEnv(env: NodeJS.ProcessEnv): string[] | undefined {
  const brokers = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
  return brokers.length > 0 ? brokers : undefined;
}

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return port;
}

function resolveFrom(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
