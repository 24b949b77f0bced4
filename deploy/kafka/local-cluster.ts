import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { buildServerProperties } from './broker-config';
import { isBrokerProcessAlive, killBrokerProcess, spawnBroker, stopBrokerProcess } from './broker-process';
import type { KafkaClusterSpec } from './cluster-spec';
import { bootstrapServers, findNode, localClusterSpec } from './cluster-spec';
import { ensureBrokerJars } from './jars';
import type { KafkaRuntime } from './kafka-runtime';
import { nodeFiles } from './node-files';
import { findFreePortRange, requireFreePorts } from './port-check';
import { requireJava } from './prerequisites';
import { describeClusterOnce } from './readiness';
import { findRepoRoot } from './repo-root';
import { withStartLock } from './start-lock';
import { formatClusterStorage } from './storage';
import { waitUntil } from './wait-for';

export interface LocalClusterOptions {
  readonly nodeCount: number;
  /** Node i (0-based) listens on firstBrokerPort + i for clients and firstControllerPort + i for the quorum. */
  readonly firstBrokerPort: number;
  readonly firstControllerPort: number;
  /** A fresh folder: the cluster is formatted there and is meant to be thrown away with it. */
  readonly dataDir: string;
  readonly defaultPartitions?: number;
  readonly repoRoot?: string;
  readonly javaHome?: string;
  readonly readyTimeoutMs?: number;
  /** Remove `dataDir` once every node has stopped. */
  readonly removeDataDirOnStop?: boolean;
}

const DEFAULT_READY_TIMEOUT_MS = 120_000;

/**
 * A throw-away Kafka cluster of several KRaft nodes (each broker and controller) on 127.0.0.1,
 * from the same jars as the single local broker, for tests of what a cluster adds: replicas that
 * take over when a node dies. Unlike startLocalBroker it shares nothing between runs: no reuse,
 * no leases, fresh storage every time.
 */
export class LocalKafkaCluster {
  private readonly pids = new Map<number, number>();

  private constructor(
    readonly spec: KafkaClusterSpec,
    readonly clusterId: string,
    private readonly runtime: KafkaRuntime,
    private readonly readyTimeoutMs: number,
    private readonly removeDataDirOnStop: boolean,
  ) {}

  /** A cluster of `nodeCount` nodes on free ports in a temporary folder, removed again by stop(). */
  static async startThrowaway(nodeCount: number): Promise<LocalKafkaCluster> {
    const firstPort = await findFreePortRange('127.0.0.1', nodeCount * 2);
    return LocalKafkaCluster.start({
      nodeCount,
      firstBrokerPort: firstPort,
      firstControllerPort: firstPort + nodeCount,
      dataDir: await mkdtemp(join(tmpdir(), 'palimpsest-cluster-')),
      removeDataDirOnStop: true,
    });
  }

  static async start(options: LocalClusterOptions): Promise<LocalKafkaCluster> {
    const spec = localClusterSpec({
      nodeCount: options.nodeCount,
      host: '127.0.0.1',
      firstBrokerPort: options.firstBrokerPort,
      firstControllerPort: options.firstControllerPort,
      dataDir: options.dataDir,
      defaultPartitions: options.defaultPartitions ?? 12,
    });
    const repoRoot = options.repoRoot ?? findRepoRoot();
    const java = await requireJava(options.javaHome ?? process.env.JAVA_HOME);
    const libDir = join(repoRoot, '.kafka', 'lib');
    // The jars folder is shared with the single local broker, and so is its lock.
    const jars = await withStartLock(join(dirname(libDir), 'start.lock'), () => ensureBrokerJars(repoRoot, libDir));
    const runtime: KafkaRuntime = {
      java,
      libDir: jars.libDir,
      log4jConfigFile: join(repoRoot, 'deploy', 'kafka', 'log4j2.properties'),
    };
    for (const node of spec.nodes) {
      await mkdir(node.nodeDir, { recursive: true });
      await writeFile(nodeFiles(node).propertiesFile, buildServerProperties(spec, node.nodeId));
    }
    const { clusterId } = await formatClusterStorage(runtime, spec);
    const cluster = new LocalKafkaCluster(
      spec,
      clusterId,
      runtime,
      options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
      options.removeDataDirOnStop ?? false,
    );
    try {
      for (const node of spec.nodes) await cluster.launch(node.nodeId);
      await cluster.waitForBrokers(spec.nodes.length);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  /** Bootstrap servers for clients: every node, so a client can start while any one is down. */
  get brokers(): string {
    return bootstrapServers(this.spec);
  }

  isRunning(nodeId: number): boolean {
    const pid = this.pids.get(nodeId);
    return pid !== undefined && isBrokerProcessAlive(pid);
  }

  /** kill -9 one node: its partitions' leadership moves once the controllers miss its heartbeats. */
  async kill(nodeId: number): Promise<void> {
    const pid = this.pids.get(nodeId);
    if (pid === undefined) return;
    await killBrokerProcess(findNode(this.spec, nodeId), pid);
    this.pids.delete(nodeId);
  }

  /** Starts a node that was killed or stopped and waits until the cluster counts it again. */
  async restart(nodeId: number): Promise<void> {
    await this.launch(nodeId);
    await this.waitForBrokers(this.spec.nodes.length);
  }

  /** Stops every running node (controlled shutdown, killed past the grace period). */
  async stop(): Promise<void> {
    // Stopped together: a node stopped alone waits for the others to move its leaders first.
    await Promise.all(
      [...this.pids].map(async ([nodeId, pid]) => {
        if (isBrokerProcessAlive(pid)) await stopBrokerProcess(findNode(this.spec, nodeId), pid);
        this.pids.delete(nodeId);
      }),
    );
    if (this.removeDataDirOnStop) await rm(dirname(this.spec.nodes[0].nodeDir), { recursive: true, force: true });
  }

  /** The node leading the most partitions of `topic`: killing it moves the most leadership. */
  async busiestLeader(topic: string): Promise<number> {
    const kafka = new Kafka({
      clientId: 'palimpsest-cluster-probe',
      brokers: this.brokers.split(','),
      logLevel: logLevel.NOTHING,
    });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
      const led = new Map<number, number>();
      for (const { leader } of topics[0].partitions) led.set(leader, (led.get(leader) ?? 0) + 1);
      return [...led].sort((a, b) => b[1] - a[1])[0][0];
    } finally {
      await admin.disconnect();
    }
  }

  /** Resolves once the cluster's metadata lists `count` live brokers. */
  async waitForBrokers(count: number): Promise<void> {
    await waitUntil(async () => (await describeClusterOnce(this.brokers.split(','))).brokerCount === count, {
      timeoutMs: this.readyTimeoutMs,
      intervalMs: 500,
      what: `${count} brokers in the cluster at ${this.brokers} (logs in ${this.spec.nodes[0].nodeDir}/..)`,
    });
  }

  private async launch(nodeId: number): Promise<void> {
    const node = findNode(this.spec, nodeId);
    if (this.isRunning(nodeId)) return;
    await requireFreePorts(node.host, [node.brokerPort, node.controllerPort]);
    this.pids.set(nodeId, await spawnBroker(this.runtime, node, { mayRecordClassArchive: false }));
  }
}
