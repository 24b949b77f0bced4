import { refusalReason } from './address-policy';

describe(refusalReason.name, () => {
  it('given a host resolving to a private address, then it is refused with a reason naming it', () => {
    expect(refusalReason('internal.example', ['10.1.2.3'], [])).toMatch(/internal\.example resolves to 10\.1\.2\.3/);
  });

  it('given the address or the host is allowlisted, then it is allowed', () => {
    expect(refusalReason('127.0.0.1', ['127.0.0.1'], ['127.0.0.1'])).toBeNull();
    expect(refusalReason('hooks.internal', ['10.0.0.8'], ['hooks.internal'])).toBeNull();
  });

  it('given one of several addresses is private and not allowlisted, then the host is refused', () => {
    expect(refusalReason('localhost', ['127.0.0.1', '::1'], ['127.0.0.1'])).toMatch(/::1/);
  });

  it('given only public addresses, then it is allowed', () => {
    expect(refusalReason('example.com', ['93.184.216.34'], [])).toBeNull();
  });
});
