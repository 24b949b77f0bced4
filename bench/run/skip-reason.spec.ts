import { skipReason } from './skip-reason';

const everything = { kafkaBrokers: '127.0.0.1:9092', postgresProblem: null };

describe(skipReason.name, () => {
  it('given a benchmark that needs nothing, when no broker is set, then it runs', () => {
    expect(skipReason([], { kafkaBrokers: undefined, postgresProblem: 'down' })).toBeNull();
  });

  it('given a benchmark that needs Kafka, when KAFKA_BROKERS is unset, then the reason names the variable', () => {
    expect(skipReason(['kafka'], { ...everything, kafkaBrokers: undefined })).toMatch(/KAFKA_BROKERS is not set/);
  });

  it('given a benchmark that needs Postgres, when it is unreachable, then the reason carries the problem', () => {
    expect(skipReason(['postgres'], { ...everything, postgresProblem: 'connection refused' })).toBe(
      'needs PostgreSQL: connection refused',
    );
  });

  it('given every service available, when checked, then nothing is skipped', () => {
    expect(skipReason(['kafka', 'postgres'], everything)).toBeNull();
  });
});
