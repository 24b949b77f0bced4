import { EnvReader } from './env-reader';
import { readConsumerGroupConfig } from './consumer-config';

describe(readConsumerGroupConfig.name, () => {
  it('given nothing set, then the default group of the app under the prefix and 8 attempts', () => {
    const sut = readConsumerGroupConfig(new EnvReader({}), 'diff', 'run1');
    expect(sut).toEqual({ consumerGroup: 'run1.diff', consumerMaxAttempts: 8 });
  });

  it("given the app's own group variable and CONSUMER_MAX_ATTEMPTS, then they are read; another app's variable is not", () => {
    const env = new EnvReader({
      ALERTS_CONSUMER_GROUP: 'ops.alerts',
      DIFF_CONSUMER_GROUP: 'x',
      CONSUMER_MAX_ATTEMPTS: '3',
    });
    expect(readConsumerGroupConfig(env, 'alerts', '')).toEqual({ consumerGroup: 'ops.alerts', consumerMaxAttempts: 3 });
  });

  it('given 0 attempts, then it is reported', () => {
    const env = new EnvReader({ CONSUMER_MAX_ATTEMPTS: '0' });
    readConsumerGroupConfig(env, 'projection', '');
    expect(() => env.done('projection')).toThrow(/CONSUMER_MAX_ATTEMPTS must be an integer between 1/);
  });
});
