import { readAppConfig, readConsumingAppConfig } from './app-config';
import { EnvReader } from './env-reader';

const TOKEN = 'a-long-enough-api-token';

describe(readAppConfig.name, () => {
  it("given the app's port variable, then it is read; another app's is not", () => {
    const env = new EnvReader({ INGEST_PORT: '4001', DIFF_PORT: '4003', API_TOKEN: TOKEN });
    expect(readAppConfig(env, 'ingest', { defaultPort: 3001, tokenRequired: true })).toMatchObject({
      port: 4001,
      apiToken: TOKEN,
      rateLimitPerMinute: 600,
    });
  });

  it('given no token where one is required, then it is reported', () => {
    const env = new EnvReader({});
    readAppConfig(env, 'alerts', { defaultPort: 3002, tokenRequired: true });
    expect(() => env.done('alerts')).toThrow(/API_TOKEN/);
  });
});

describe(readConsumingAppConfig.name, () => {
  it('given nothing set, then the default group, 8 attempts and a 64 KiB body limit', () => {
    const sut = readConsumingAppConfig(new EnvReader({}), 'projection', { defaultPort: 3000, tokenRequired: false });
    expect(sut).toMatchObject({
      port: 3000,
      consumerGroup: 'palimpsest.projection',
      consumerMaxAttempts: 8,
      bodyLimitBytes: 65_536,
      apiToken: '',
    });
  });
});
