import type { KafkaClusterSpec } from './cluster-spec';
import { findNode } from './cluster-spec';

/**
 * Arguments for `kafka.tools.StorageTool` that format one node's storage. A lone controller
 * bootstraps its quorum with `--standalone`; several controllers must all be formatted with
 * the same `--initial-controllers id@host:port:directoryId` list (KIP-853), so each needs a
 * directory id chosen up front (a Kafka Uuid, as printed by `StorageTool random-uuid`).
 */
export function storageFormatArguments(
  cluster: KafkaClusterSpec,
  nodeId: number,
  format: {
    clusterId: string;
    propertiesFile: string;
    controllerDirectoryIds?: ReadonlyMap<number, string>;
  },
): string[] {
  findNode(cluster, nodeId);
  const base = ['format', '--cluster-id', format.clusterId, '--config', format.propertiesFile];
  if (cluster.nodes.length === 1) return [...base, '--standalone'];
  return [...base, '--initial-controllers', initialControllers(cluster, format.controllerDirectoryIds)];
}

function initialControllers(cluster: KafkaClusterSpec, directoryIds: ReadonlyMap<number, string> | undefined): string {
  return cluster.nodes
    .map((node) => {
      const directoryId = directoryIds?.get(node.nodeId);
      if (!directoryId) throw new Error(`No controller directory id given for node ${node.nodeId}`);
      return `${node.nodeId}@${node.host}:${node.controllerPort}:${directoryId}`;
    })
    .join(',');
}
