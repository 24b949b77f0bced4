import { readBenchEnvironment } from './bench-environment';

describe(readBenchEnvironment.name, () => {
  it('given an empty environment, when read, then there is no broker and the local server is used', () => {
    expect(readBenchEnvironment({}, [])).toEqual({
      kafkaBrokers: undefined,
      databaseServer: 'postgres://postgres@127.0.0.1:5432',
      only: [],
    });
  });

  it('given DATABASE_URL with a database, when read, then the server keeps credentials and drops the database', () => {
    const env = { DATABASE_URL: 'postgres://bench:secret@db.local:6543/palimpsest?sslmode=disable' };
    expect(readBenchEnvironment(env, []).databaseServer).toBe('postgres://bench:secret@db.local:6543');
  });

  it('given a blank KAFKA_BROKERS, when read, then no broker is available', () => {
    expect(readBenchEnvironment({ KAFKA_BROKERS: ' ' }, []).kafkaBrokers).toBeUndefined();
    expect(readBenchEnvironment({ KAFKA_BROKERS: '127.0.0.1:9092' }, []).kafkaBrokers).toBe('127.0.0.1:9092');
  });

  it('given benchmark names and flags as arguments, when read, then only the names select benchmarks', () => {
    expect(readBenchEnvironment({}, ['text-diff', '--verbose']).only).toEqual(['text-diff']);
  });
});
