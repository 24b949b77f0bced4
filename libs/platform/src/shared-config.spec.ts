import { EnvReader } from './env-reader';
import { readSharedConfig } from './shared-config';

describe(readSharedConfig.name, () => {
  it('given no consumer settings, then partitions are handled 4 at a time, 500 events a transaction, and a consumer stalls after a minute', () => {
    expect(readSharedConfig(new EnvReader({})).consumer).toEqual({
      partitionsConcurrency: 4,
      stallMs: 60_000,
      batchSize: 500,
    });
  });

  it('given consumer settings, then they are read', () => {
    const env = new EnvReader({
      CONSUMER_PARTITIONS_CONCURRENCY: '2',
      CONSUMER_STALL_MS: '5000',
      CONSUMER_BATCH_SIZE: '50',
    });
    expect(readSharedConfig(env).consumer).toEqual({ partitionsConcurrency: 2, stallMs: 5_000, batchSize: 50 });
  });

  it('given a concurrency of 0 and a stall time under a second, then both are reported', () => {
    const env = new EnvReader({ CONSUMER_PARTITIONS_CONCURRENCY: '0', CONSUMER_STALL_MS: '10' });
    readSharedConfig(env);
    expect(() => env.done('diff')).toThrow(/CONSUMER_PARTITIONS_CONCURRENCY must be .*\n.*CONSUMER_STALL_MS must be/);
  });
});
