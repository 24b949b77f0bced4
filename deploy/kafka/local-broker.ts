import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildServerProperties } from './broker-config';
import { releaseLease, resetLeases, takeLease } from './broker-leases';
import { isBrokerProcessAlive, readBrokerPid, spawnBroker, stopBrokerProcess } from './broker-process';
import type { KafkaClusterSpec, KafkaNodeSpec } from './cluster-spec';
import { bootstrapServers, localClusterSpec } from './cluster-spec';
import { ensureBrokerJars } from './jars';
import type { KafkaRuntime } from './kafka-runtime';
import type { LocalBrokerSettings } from './local-broker-env';
import { localBrokerSettingsFromEnv } from './local-broker-env';
import { clusterIdOf } from './meta-properties';
import { nodeFiles } from './node-files';
import { requireFreePorts } from './port-check';
import { requireJava } from './prerequisites';
import type { ClusterDescription } from './readiness';
import { describeClusterOnce, waitForBrokerReady } from './readiness';
import { findRepoRoot } from './repo-root';
import { withStartLock } from './start-lock';
import { ensureStorageFormatted } from './storage';

export type StartLocalBrokerOptions = Partial<LocalBrokerSettings>;

export interface LocalBrokerHandle {
  /** Bootstrap servers for clients, e.g. `127.0.0.1:9092` (the value for KAFKA_BROKERS). */
  readonly brokers: string;
  readonly pid: number;
  readonly clusterId: string;
  /**
   * True when a broker of ours was already running. stopLocalBroker then leaves it running, unless
   * the run that started it has finished meanwhile and this is its last user (see broker-leases.ts).
   */
  readonly reused: boolean;
  /** This user's entry among the broker's users; released by stopLocalBroker. */
  readonly leaseId: string;
  readonly lockFile: string;
  /** True when this start ran Maven to fetch the jars. */
  readonly jarsFetched: boolean;
  /** True when this start formatted fresh KRaft storage. */
  readonly storageFormatted: boolean;
  /** Wall time of startLocalBroker, from call to first successful admin request. */
  readonly startupMs: number;
  /** Where a fresh launch spent its time; empty when a running broker was reused. */
  readonly phaseMs: Readonly<Partial<Record<LaunchPhase, number>>>;
  readonly node: KafkaNodeSpec;
}

export type LaunchPhase = 'java' | 'jars' | 'storage' | 'ready';

export interface LocalBrokerStatus {
  readonly running: boolean;
  readonly pid?: number;
  readonly brokers: string;
  readonly clusterId?: string;
}

/** Settings from the environment (KAFKA_PORT, KAFKA_CONTROLLER_PORT, KAFKA_DATA_DIR), overridden by `options`. */
export function resolveLocalBroker(options: StartLocalBrokerOptions = {}): {
  settings: LocalBrokerSettings;
  cluster: KafkaClusterSpec;
} {
  const repoRoot = options.repoRoot ?? findRepoRoot();
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const settings = { ...localBrokerSettingsFromEnv(process.env, repoRoot, process.cwd()), ...given };
  const cluster = localClusterSpec({
    nodeCount: 1,
    host: settings.host,
    firstBrokerPort: settings.brokerPort,
    firstControllerPort: settings.controllerPort,
    dataDir: settings.dataDir,
    defaultPartitions: 12,
  });
  return { settings, cluster };
}

/** Starts the single-node broker, or reuses ours when it is already running and answering. */
export async function startLocalBroker(options: StartLocalBrokerOptions = {}): Promise<LocalBrokerHandle> {
  const startedAt = Date.now();
  const { settings, cluster } = resolveLocalBroker(options);
  const node = cluster.nodes[0];
  const lockFile = startLockFile(settings);
  return withStartLock(lockFile, async () => {
    const runningPid = readBrokerPid(node);
    const reused = runningPid !== undefined && isBrokerProcessAlive(runningPid);
    const outcome = reused
      ? await reuseBroker(settings, node, runningPid)
      : await launchBroker(settings, cluster, node);
    if (!reused) await resetLeases(node.nodeDir);
    const leaseId = await takeLease(node.nodeDir);
    const startupMs = Date.now() - startedAt;
    return { brokers: bootstrapServers(cluster), node, reused, leaseId, lockFile, ...outcome, startupMs };
  });
}

type LaunchOutcome = Pick<LocalBrokerHandle, 'pid' | 'clusterId' | 'jarsFetched' | 'storageFormatted' | 'phaseMs'>;

async function reuseBroker(settings: LocalBrokerSettings, node: KafkaNodeSpec, pid: number): Promise<LaunchOutcome> {
  const description = await waitUntilReady(settings, node, pid);
  return { pid, clusterId: description.clusterId, jarsFetched: false, storageFormatted: false, phaseMs: {} };
}

async function launchBroker(
  settings: LocalBrokerSettings,
  cluster: KafkaClusterSpec,
  node: KafkaNodeSpec,
): Promise<LaunchOutcome> {
  const phaseMs: Partial<Record<LaunchPhase, number>> = {};
  const timed = async <T>(phase: LaunchPhase, step: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await step();
    phaseMs[phase] = Date.now() - started;
    return result;
  };
  const java = await timed('java', () => requireJava(settings.javaHome));
  const jars = await timed('jars', () => ensureBrokerJars(settings.repoRoot, settings.libDir));
  const runtime: KafkaRuntime = { java, libDir: jars.libDir, log4jConfigFile: log4jConfigFile(settings.repoRoot) };
  await mkdir(node.nodeDir, { recursive: true });
  await writeFile(nodeFiles(node).propertiesFile, buildServerProperties(cluster, node.nodeId));
  const storage = await timed('storage', () => ensureStorageFormatted(runtime, cluster, node.nodeId));
  await requireFreePorts(node.host, [node.brokerPort, node.controllerPort]);
  const pid = await spawnBroker(runtime, node);
  try {
    const description = await timed('ready', () => waitUntilReady(settings, node, pid));
    return {
      pid,
      clusterId: description.clusterId,
      jarsFetched: jars.fetched,
      storageFormatted: storage.formatted,
      phaseMs,
    };
  } catch (error) {
    // A broker that never became ready must not linger as a stray JVM holding the ports.
    if (isBrokerProcessAlive(pid)) await stopBrokerProcess(node, pid);
    throw error;
  }
}

function waitUntilReady(settings: LocalBrokerSettings, node: KafkaNodeSpec, pid: number): Promise<ClusterDescription> {
  const files = nodeFiles(node);
  return waitForBrokerReady([`${node.host}:${node.brokerPort}`], {
    timeoutMs: settings.readyTimeoutMs,
    isProcessAlive: () => isBrokerProcessAlive(pid),
    expectedClusterId: clusterIdOf(files.metaPropertiesFile),
    logFiles: [files.consoleFile, files.brokerLogFile],
  });
}

/**
 * Releases the handle and stops the broker when this was its last user and it was started through
 * startLocalBroker (by this handle, or by one that left earlier while others still used it).
 * A broker started by `cli.js start` and then reused is left running.
 */
export async function stopLocalBroker(handle: LocalBrokerHandle): Promise<{ stopped: boolean; killed: boolean }> {
  return withStartLock(handle.lockFile, async () => {
    const role = handle.reused ? 'guest' : 'starter';
    const lastUser = await releaseLease(handle.node.nodeDir, handle.leaseId, role);
    if (!lastUser || !isBrokerProcessAlive(handle.pid)) return { stopped: false, killed: false };
    const { killed } = await stopBrokerProcess(handle.node, handle.pid);
    return { stopped: true, killed };
  });
}

/** Stops our broker found through its pid file, whoever started it and whoever still uses it. */
export async function stopRunningLocalBroker(
  options: StartLocalBrokerOptions = {},
): Promise<{ pid?: number; stopped: boolean; killed: boolean }> {
  const node = resolveLocalBroker(options).cluster.nodes[0];
  const pid = readBrokerPid(node);
  if (pid === undefined || !isBrokerProcessAlive(pid)) return { pid, stopped: false, killed: false };
  const { killed } = await stopBrokerProcess(node, pid);
  await resetLeases(node.nodeDir);
  return { pid, stopped: true, killed };
}

/** Running means: our pid file names a live broker process and it answers an admin request. */
export async function localBrokerStatus(options: StartLocalBrokerOptions = {}): Promise<LocalBrokerStatus> {
  const { cluster } = resolveLocalBroker(options);
  const brokers = bootstrapServers(cluster);
  const pid = readBrokerPid(cluster.nodes[0]);
  if (pid === undefined || !isBrokerProcessAlive(pid)) return { running: false, brokers };
  const description = await describeClusterOnce([brokers]).catch(() => undefined);
  return {
    running: description !== undefined,
    pid,
    brokers,
    clusterId: description?.clusterId,
  };
}

/** One lock for jars, storage and launch: the jars folder is shared by every data dir. */
function startLockFile(settings: LocalBrokerSettings): string {
  return join(dirname(settings.libDir), 'start.lock');
}

function log4jConfigFile(repoRoot: string): string {
  return join(repoRoot, 'deploy', 'kafka', 'log4j2.properties');
}
