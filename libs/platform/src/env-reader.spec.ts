import { EnvReader } from './env-reader';

describe(EnvReader.name, () => {
  it('given unset variables, then defaults apply', () => {
    const sut = new EnvReader({});
    expect(sut.integer('PORT', 3000)).toBe(3000);
    expect(sut.list('KAFKA_BROKERS', ['a:1'])).toEqual(['a:1']);
    expect(() => sut.done('app')).not.toThrow();
  });

  it('given several bad values, then done() names every one of them', () => {
    const sut = new EnvReader({ PORT: 'eighty', DATABASE_URL: 'mysql://x/y' });
    sut.integer('PORT', 3000, { min: 1, max: 65535 });
    sut.url('DATABASE_URL', 'postgres://h/db', ['postgres:']);
    expect(() => sut.done('ingest')).toThrow(/PORT must be an integer[\s\S]*DATABASE_URL must use postgres:/);
  });

  it('given a comma list with spaces, then items are trimmed', () => {
    expect(new EnvReader({ B: ' a:1 , b:2 ,' }).list('B', [])).toEqual(['a:1', 'b:2']);
  });
});
