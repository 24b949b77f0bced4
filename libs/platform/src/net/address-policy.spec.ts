import { hostOf, isPrivateAddress, refusedAddresses } from './address-policy';

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

describe(`${isPrivateAddress.name} with an IPv4 address inside IPv6`, () => {
  it.each([
    ['IPv4-compatible', '::127.0.0.1'],
    ['NAT64', '64:ff9b::7f00:1'],
    ['NAT64 to the metadata service', '64:ff9b::169.254.169.254'],
    ['6to4', '2002:7f00:1::'],
    ['6to4 to a private network', '2002:a00:1::1'],
    ['IPv4-translated', '::ffff:0:7f00:1'],
    ['IPv4-mapped in hex', '::ffff:7f00:1'],
    ['local-use NAT64', '64:ff9b:1::808:808'],
    ['Teredo', '2001:0:4136:e378:8000:63bf:3fff:fdd2'],
    ['link-local with a zone', 'fe80::1%eth0'],
  ])('given %s %s, then it is refused', (_form, address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    ['NAT64', '64:ff9b::808:808'],
    ['6to4', '2002:808:808::1'],
    ['IPv4-translated', '::ffff:0:808:808'],
  ])('given %s %s around a public IPv4 address, then it is public', (_form, address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
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
