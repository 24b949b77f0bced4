import { isPrivateAddress, refusalReason } from './address-policy';

describe(isPrivateAddress.name, () => {
  it.each([
    '10.0.0.1',
    '169.254.169.254',
    '127.0.0.1',
    '192.168.1.10',
    '172.16.5.4',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:10.0.0.1',
  ])('given %s, then it is private, loopback or link-local', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'given %s, then it is public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

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
