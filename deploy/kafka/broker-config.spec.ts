import { buildServerProperties, replicationFor } from './broker-config';
import { bootstrapServers, controllerEndpoints, localClusterSpec } from './cluster-spec';

function parseProperties(text: string): Map<string, string> {
  const entries = text
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line): [string, string] => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
  return new Map(entries);
}

function clusterOf(nodeCount: number) {
  return localClusterSpec({
    nodeCount,
    host: '127.0.0.1',
    firstBrokerPort: 9092,
    firstControllerPort: 9192,
    dataDir: '/data',
    defaultPartitions: 12,
  });
}

describe(buildServerProperties.name, () => {
  it('given one node, when built, then it is a combined broker and controller bootstrapping from itself', () => {
    const properties = parseProperties(buildServerProperties(clusterOf(1), 1));

    expect(properties.get('process.roles')).toBe('broker,controller');
    expect(properties.get('node.id')).toBe('1');
    expect(properties.get('controller.quorum.bootstrap.servers')).toBe('127.0.0.1:9192');
    expect(properties.get('listeners')).toBe('PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9192');
    expect(properties.get('advertised.listeners')).toBe(properties.get('listeners'));
    expect(properties.get('controller.listener.names')).toBe('CONTROLLER');
    expect(properties.get('inter.broker.listener.name')).toBe('PLAINTEXT');
    expect(properties.get('listener.security.protocol.map')).toBe('PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT');
    expect(properties.get('log.dirs')).toBe('/data/node-1/kraft');
  });

  it('given one node, when built, then every internal topic has one replica and one in sync', () => {
    const properties = parseProperties(buildServerProperties(clusterOf(1), 1));

    for (const key of [
      'default.replication.factor',
      'min.insync.replicas',
      'offsets.topic.replication.factor',
      'transaction.state.log.replication.factor',
      'transaction.state.log.min.isr',
      'share.coordinator.state.topic.replication.factor',
      'share.coordinator.state.topic.min.isr',
    ]) {
      expect([key, properties.get(key)]).toEqual([key, '1']);
    }
  });

  it('given the test settings, when built, then groups rebalance at once and topics are only created explicitly', () => {
    const properties = parseProperties(buildServerProperties(clusterOf(1), 1));

    expect(properties.get('group.initial.rebalance.delay.ms')).toBe('0');
    expect(properties.get('offsets.topic.num.partitions')).toBe('1');
    expect(properties.get('auto.create.topics.enable')).toBe('false');
    expect(properties.get('num.partitions')).toBe('12');
    expect(properties.get('log.retention.ms')).toBe('-1');
  });

  it('given three nodes, when node 2 is built, then it has its own ports and dir and knows all controllers', () => {
    const properties = parseProperties(buildServerProperties(clusterOf(3), 2));

    expect(properties.get('node.id')).toBe('2');
    expect(properties.get('listeners')).toBe('PLAINTEXT://127.0.0.1:9093,CONTROLLER://127.0.0.1:9193');
    expect(properties.get('log.dirs')).toBe('/data/node-2/kraft');
    expect(properties.get('controller.quorum.bootstrap.servers')).toBe('127.0.0.1:9192,127.0.0.1:9193,127.0.0.1:9194');
    expect(properties.get('default.replication.factor')).toBe('3');
    expect(properties.get('min.insync.replicas')).toBe('2');
    expect(properties.get('transaction.state.log.min.isr')).toBe('2');
  });

  it('given a node id outside the cluster, when built, then it throws', () => {
    expect(() => buildServerProperties(clusterOf(1), 2)).toThrow('Node 2 is not part of the cluster');
  });
});

describe(replicationFor.name, () => {
  it.each([
    [1, 1, 1],
    [2, 2, 1],
    [3, 3, 2],
    [5, 3, 2],
  ])('given %i nodes, then the factor is %i with %i in sync', (nodeCount, factor, minInSync) => {
    expect(replicationFor(nodeCount)).toEqual({ factor, minInSync });
  });
});

describe(localClusterSpec.name, () => {
  it('given three nodes, when laid out, then clients and controllers get one endpoint per node', () => {
    const sut = clusterOf(3);

    expect(sut.nodes.map((node) => node.nodeId)).toEqual([1, 2, 3]);
    expect(bootstrapServers(sut)).toBe('127.0.0.1:9092,127.0.0.1:9093,127.0.0.1:9094');
    expect(controllerEndpoints(sut)).toBe('127.0.0.1:9192,127.0.0.1:9193,127.0.0.1:9194');
    expect(sut.nodes.map((node) => node.nodeDir)).toEqual(['/data/node-1', '/data/node-2', '/data/node-3']);
  });
});
