import { readAlertsConfig } from './config';

describe(readAlertsConfig.name, () => {
  const token = 'a-long-enough-api-token';

  it('given only API_TOKEN, then the defaults apply: port 3002, no allowlist, 8 attempts from 1 s', () => {
    const sut = readAlertsConfig({ API_TOKEN: token });
    expect(sut).toMatchObject({
      port: 3002,
      apiToken: token,
      consumerGroup: 'palimpsest.alerts',
      queryApiUrl: 'http://127.0.0.1:3000',
    });
    expect(sut.webhook).toMatchObject({ maxAttempts: 8, backoffBaseMs: 1_000, allowlist: [], concurrency: 4 });
  });

  it('given the webhook settings, then they are read', () => {
    const sut = readAlertsConfig({
      API_TOKEN: token,
      WEBHOOK_ALLOWLIST: '127.0.0.1, hooks.internal',
      WEBHOOK_MAX_ATTEMPTS: '4',
      WEBHOOK_BACKOFF_BASE_MS: '50',
      ALERTS_DELIVERY_CONCURRENCY: '8',
    });
    expect(sut.webhook).toMatchObject({
      allowlist: ['127.0.0.1', 'hooks.internal'],
      maxAttempts: 4,
      backoffBaseMs: 50,
      concurrency: 8,
    });
  });

  it('given no API_TOKEN, then it refuses to start and says why', () => {
    expect(() => readAlertsConfig({})).toThrow(/API_TOKEN must be a secret of at least 16 characters/);
  });

  it('given a short token and a bad port, then both problems are reported at once', () => {
    expect(() => readAlertsConfig({ API_TOKEN: 'short', ALERTS_PORT: 'x' })).toThrow(/ALERTS_PORT[\s\S]*API_TOKEN/);
  });
});
