import { sourceAddressRefusal } from './address-guard';

describe(sourceAddressRefusal.name, () => {
  it('given a host resolving to a private address, then the reason names the host but not the address', () => {
    const reason = sourceAddressRefusal([])('intranet.example', ['93.184.216.34', '10.20.30.40']);
    expect(reason).toBe(
      'intranet.example resolves to a loopback, private or link-local address not in SOURCE_FETCH_ALLOWLIST',
    );
    expect(reason).not.toContain('10.20.30.40');
  });

  it('given a host resolving to public addresses only, then there is no refusal', () => {
    expect(sourceAddressRefusal([])('example.org', ['93.184.216.34'])).toBeNull();
  });
});
