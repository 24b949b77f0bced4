import { externalBrokersFromEnv, localBrokerSettingsFromEnv } from './local-broker-env';

describe(localBrokerSettingsFromEnv.name, () => {
  it('given no variables, when read, then the broker runs on 9092/9093 with data under the repo', () => {
    const sut = localBrokerSettingsFromEnv({}, '/repo', '/elsewhere');

    expect(sut).toMatchObject({
      host: '127.0.0.1',
      brokerPort: 9092,
      controllerPort: 9093,
      dataDir: '/repo/.kafka/data',
      libDir: '/repo/.kafka/lib',
      javaHome: undefined,
    });
  });

  it('given ports and a relative data dir, when read, then they override the defaults relative to the cwd', () => {
    const env = { KAFKA_PORT: '19092', KAFKA_CONTROLLER_PORT: '19093', KAFKA_DATA_DIR: 'tmp/kafka' };

    const sut = localBrokerSettingsFromEnv(env, '/repo', '/work');

    expect(sut).toMatchObject({ brokerPort: 19092, controllerPort: 19093, dataDir: '/work/tmp/kafka' });
  });

  it.each(['abc', '0', '70000', '90.5'])('given KAFKA_PORT=%s, when read, then it is rejected', (port) => {
    expect(() => localBrokerSettingsFromEnv({ KAFKA_PORT: port }, '/repo', '/repo')).toThrow(
      `KAFKA_PORT must be a port number between 1 and 65535, got "${port}"`,
    );
  });
});

describe(externalBrokersFromEnv.name, () => {
  it('given a comma-separated list with spaces, then each broker is trimmed', () => {
    expect(externalBrokersFromEnv({ KAFKA_BROKERS: 'a:9092, b:9092 ,' })).toEqual(['a:9092', 'b:9092']);
  });

  it('given KAFKA_BROKERS unset or blank, then there are no external brokers', () => {
    expect(externalBrokersFromEnv({})).toBeUndefined();
    expect(externalBrokersFromEnv({ KAFKA_BROKERS: '  ' })).toBeUndefined();
  });
});
