import { existsSync } from 'node:fs';
import type { KafkaClusterSpec } from './cluster-spec';
import { findNode } from './cluster-spec';
import type { KafkaRuntime } from './kafka-runtime';
import { runStorageTool } from './kafka-runtime';
import { randomKafkaUuidText } from './kafka-uuid';
import { nodeFiles } from './node-files';
import { storageFormatArguments } from './storage-format';

export interface StorageState {
  /** True when this call formatted the log dir; false when meta.properties was already there. */
  readonly formatted: boolean;
}

/**
 * Formats a single node's KRaft storage the first time only: a broker refuses to start without
 * meta.properties ("No readable meta.properties files found"), and formatting again would
 * refuse too, or wipe the identity the existing data belongs to.
 */
export async function ensureStorageFormatted(
  runtime: KafkaRuntime,
  cluster: KafkaClusterSpec,
  nodeId: number,
): Promise<StorageState> {
  const node = findNode(cluster, nodeId);
  if (existsSync(nodeFiles(node).metaPropertiesFile)) return { formatted: false };
  if (cluster.nodes.length !== 1) {
    throw new Error('ensureStorageFormatted keeps a single node; format a cluster once with formatClusterStorage');
  }
  await formatClusterStorage(runtime, cluster);
  return { formatted: true };
}

/**
 * Formats every node of a fresh cluster (a single node too): one cluster id for all, and one directory
 * id per controller that every node lists in `--initial-controllers`, so the quorum they form
 * is the same one whichever node starts first. Refuses storage that is already formatted:
 * mixing old and new identities makes nodes that never join each other.
 */
export async function formatClusterStorage(
  runtime: KafkaRuntime,
  cluster: KafkaClusterSpec,
): Promise<{ clusterId: string }> {
  const formatted = cluster.nodes.filter((node) => existsSync(nodeFiles(node).metaPropertiesFile));
  if (formatted.length > 0) {
    throw new Error(
      `Storage of node(s) ${formatted.map((node) => node.nodeId)} is already formatted; use a fresh data dir`,
    );
  }
  const clusterId = randomKafkaUuidText();
  const controllerDirectoryIds = new Map(cluster.nodes.map((node) => [node.nodeId, randomKafkaUuidText()]));
  // One JVM per node; in parallel they would only contend for the same cores.
  for (const node of cluster.nodes) {
    const args = storageFormatArguments(cluster, node.nodeId, {
      clusterId,
      propertiesFile: nodeFiles(node).propertiesFile,
      controllerDirectoryIds,
    });
    await runStorageTool(runtime, node.nodeDir, args);
  }
  return { clusterId };
}
