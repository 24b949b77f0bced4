import { localClusterSpec } from './cluster-spec';
import { storageFormatArguments } from './storage-format';

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

describe(storageFormatArguments.name, () => {
  const format = { clusterId: 'MkU3OEVBNTcwNTJENDM2Qg', propertiesFile: '/data/node-1/server.properties' };

  it('given one node, when formatting, then it bootstraps a standalone controller quorum', () => {
    expect(storageFormatArguments(clusterOf(1), 1, format)).toEqual([
      'format',
      '--cluster-id',
      'MkU3OEVBNTcwNTJENDM2Qg',
      '--config',
      '/data/node-1/server.properties',
      '--standalone',
    ]);
  });

  it('given three nodes with directory ids, when formatting, then every node lists the same initial controllers', () => {
    const controllerDirectoryIds = new Map([
      [1, 'AAAAAAAAAAAAAAAAAAAAAQ'],
      [2, 'AAAAAAAAAAAAAAAAAAAAAg'],
      [3, 'AAAAAAAAAAAAAAAAAAAAAw'],
    ]);

    const args = storageFormatArguments(clusterOf(3), 3, { ...format, controllerDirectoryIds });

    expect(args.slice(-2)).toEqual([
      '--initial-controllers',
      '1@127.0.0.1:9192:AAAAAAAAAAAAAAAAAAAAAQ,2@127.0.0.1:9193:AAAAAAAAAAAAAAAAAAAAAg,3@127.0.0.1:9194:AAAAAAAAAAAAAAAAAAAAAw',
    ]);
  });

  it('given three nodes without directory ids, when formatting, then it throws', () => {
    expect(() => storageFormatArguments(clusterOf(3), 1, format)).toThrow(
      'No controller directory id given for node 1',
    );
  });
});
