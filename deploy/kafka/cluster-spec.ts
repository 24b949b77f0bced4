import { join } from 'node:path';

/** One Kafka process running as broker and controller (KRaft combined mode). */
export interface KafkaNodeSpec {
  readonly nodeId: number;
  readonly host: string;
  readonly brokerPort: number;
  readonly controllerPort: number;
  /** Folder for this node's own files: server.properties, pid, logs. */
  readonly nodeDir: string;
  /** Kafka's `log.dirs`: partition data and meta.properties. */
  readonly logDir: string;
}

export interface KafkaClusterSpec {
  readonly nodes: readonly KafkaNodeSpec[];
  /** Partitions of a topic created without an explicit count. */
  readonly defaultPartitions: number;
  /** Partitions of the internal offsets, transaction and share-state topics. */
  readonly internalTopicPartitions: number;
}

export interface LocalClusterShape {
  readonly nodeCount: number;
  readonly host: string;
  /** Node i (0-based) listens on brokerPort + i for clients... */
  readonly firstBrokerPort: number;
  /** ...and on controllerPort + i for the KRaft quorum. */
  readonly firstControllerPort: number;
  readonly dataDir: string;
  readonly defaultPartitions: number;
}

/** Node ids start at 1, ports count up from the first pair, each node gets `<dataDir>/node-<id>`. */
export function localClusterSpec(shape: LocalClusterShape): KafkaClusterSpec {
  const nodes = Array.from({ length: shape.nodeCount }, (_, index): KafkaNodeSpec => {
    const nodeId = index + 1;
    const nodeDir = join(shape.dataDir, `node-${nodeId}`);
    return {
      nodeId,
      host: shape.host,
      brokerPort: shape.firstBrokerPort + index,
      controllerPort: shape.firstControllerPort + index,
      nodeDir,
      logDir: join(nodeDir, 'kraft'),
    };
  });
  return {
    nodes,
    defaultPartitions: shape.defaultPartitions,
    internalTopicPartitions: 1,
  };
}

export function findNode(cluster: KafkaClusterSpec, nodeId: number): KafkaNodeSpec {
  const node = cluster.nodes.find((candidate) => candidate.nodeId === nodeId);
  if (!node) throw new Error(`Node ${nodeId} is not part of the cluster (${cluster.nodes.map((n) => n.nodeId)})`);
  return node;
}

export function bootstrapServers(cluster: KafkaClusterSpec): string {
  return cluster.nodes.map((node) => `${node.host}:${node.brokerPort}`).join(',');
}

export function controllerEndpoints(cluster: KafkaClusterSpec): string {
  return cluster.nodes.map((node) => `${node.host}:${node.controllerPort}`).join(',');
}
