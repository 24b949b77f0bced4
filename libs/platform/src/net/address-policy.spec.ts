import { hostOf, isPrivateAddress, refusedAddresses } from './address-policy';

describe(isPrivateAddress.name, () => {
  it.each([
    '10.0.0.1',
    '169.254.169.254',
    '127.0.0.1',
    '192.168.1.10',
    '100.64.0.1',
    '::1',
    'fd00::1',
    '::ffff:10.0.0.1',
  ])('given %s, then it is private, loopback or link-local', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'given %s, then it is public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

describe(refusedAddresses.name, () => {
  it('given a host with a private and a public address, then only the private one is refused', () => {
    expect(refusedAddresses('mixed.example', ['10.1.2.3', '93.184.216.34'], [])).toEqual(['10.1.2.3']);
  });

  it('given the host or the address allowlisted, then nothing is refused', () => {
    expect(refusedAddresses('127.0.0.1', ['127.0.0.1'], ['127.0.0.1'])).toEqual([]);
    expect(refusedAddresses('Feeds.Internal', ['10.0.0.8'], ['feeds.internal'])).toEqual([]);
  });
});

describe(hostOf.name, () => {
  it('given an IPv6 URL, then the brackets are dropped', () => {
    expect(hostOf(new URL('http://[::1]:8080/x'))).toBe('::1');
  });
});
