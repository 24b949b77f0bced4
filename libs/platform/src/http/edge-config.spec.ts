import { EnvReader } from '../env-reader';
import { checkApiToken } from './edge-config';

describe(checkApiToken.name, () => {
  it('given a long enough token, then it is accepted', () => {
    const sut = new EnvReader({});
    expect(checkApiToken(sut, '0123456789abcdef', { required: true })).toBe('0123456789abcdef');
    expect(() => sut.done('ingest')).not.toThrow();
  });

  it('given a required token that is missing, then done() says so', () => {
    const sut = new EnvReader({});
    checkApiToken(sut, '', { required: true });
    expect(() => sut.done('ingest')).toThrow(/API_TOKEN must be a secret of at least 16 characters/);
  });

  it('given an optional token that is missing, then the app starts with writes disabled', () => {
    const sut = new EnvReader({});
    expect(checkApiToken(sut, '', { required: false })).toBe('');
    expect(() => sut.done('projection')).not.toThrow();
  });

  it('given an optional token that is too short, then it is still refused with the other problems', () => {
    const sut = new EnvReader({ PORT: 'x' });
    sut.integer('PORT', 1);
    checkApiToken(sut, 'short', { required: false });
    expect(() => sut.done('diff')).toThrow(/PORT[\s\S]*API_TOKEN/);
  });
});
