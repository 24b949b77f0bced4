import { Kafka, logLevel } from 'kafkajs';
import { tailOfFile } from './log-tail';
import { waitUntil } from './wait-for';

export interface ClusterDescription {
  readonly clusterId: string;
  readonly brokerCount: number;
}

export interface ReadinessWait {
  readonly timeoutMs: number;
  /** False once the broker process has exited: no point waiting out the timeout then. */
  readonly isProcessAlive: () => boolean;
  /** When known, an answer from a broker of another cluster (another checkout's) does not count. */
  readonly expectedClusterId?: string;
  /** Quoted (last lines) when the broker never answers. */
  readonly logFiles: readonly string[];
}

/** One admin round trip; an open port alone does not mean the broker serves metadata yet. */
export async function describeClusterOnce(brokers: readonly string[], timeoutMs = 3_000): Promise<ClusterDescription> {
  const kafka = new Kafka({
    clientId: 'palimpsest-broker-probe',
    brokers: [...brokers],
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 1_000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return {
      clusterId: cluster.clusterId,
      brokerCount: cluster.brokers.length,
    };
  } finally {
    await admin.disconnect();
  }
}

/** Polls describeCluster until it succeeds; fails with the broker log's tail on timeout or early exit. */
export async function waitForBrokerReady(brokers: readonly string[], wait: ReadinessWait): Promise<ClusterDescription> {
  let description: ClusterDescription | undefined;
  let exited = false;
  const answered = async (): Promise<boolean> => {
    exited = !wait.isProcessAlive();
    if (exited) return true;
    description = await describeClusterOnce(brokers);
    const expected = wait.expectedClusterId;
    if (expected && description.clusterId !== expected) {
      throw new Error(`${brokers} answered for cluster ${description.clusterId}, ours is ${expected}`);
    }
    return true;
  };
  try {
    await waitUntil(answered, {
      timeoutMs: wait.timeoutMs,
      intervalMs: 250,
      what: `Kafka at ${brokers}`,
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${logTails(wait.logFiles)}`);
  }
  if (exited || !description) throw new Error(`The Kafka broker exited during start-up.\n${logTails(wait.logFiles)}`);
  return description;
}

function logTails(files: readonly string[]): string {
  return files
    .map((file) => ({ file, tail: tailOfFile(file, 30) }))
    .filter(({ tail }) => tail.length > 0)
    .map(({ file, tail }) => `--- last lines of ${file} ---\n${tail}`)
    .join('\n');
}
