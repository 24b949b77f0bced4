import { existsSync } from 'node:fs';
import { findNode, KafkaClusterSpec } from './cluster-spec';
import { KafkaRuntime, randomKafkaUuid, runStorageTool } from './kafka-runtime';
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
  const files = nodeFiles(node);
  if (existsSync(files.metaPropertiesFile)) return { formatted: false };
  if (cluster.nodes.length !== 1) {
    throw new Error('ensureStorageFormatted formats a single node; a cluster needs shared controller directory ids');
  }
  const clusterId = await randomKafkaUuid(runtime, node.nodeDir);
  const args = storageFormatArguments(cluster, nodeId, {
    clusterId,
    propertiesFile: files.propertiesFile,
  });
  await runStorageTool(runtime, node.nodeDir, args);
  return { formatted: true };
}
