import { AddressRefusal, guardedLookup, refusedAddresses } from '@palimpsest/platform';
import { LookupFunction } from 'node:net';

/** The refusal for source fetches: loopback and private addresses only when SOURCE_FETCH_ALLOWLIST names them. */
export function sourceAddressRefusal(allowlist: readonly string[]): AddressRefusal {
  return (host, addresses) => {
    const refused = refusedAddresses(host, addresses, allowlist);
    if (refused.length === 0) return null;
    return `${host} resolves to ${refused.join(', ')}, a loopback, private or link-local address not in SOURCE_FETCH_ALLOWLIST`;
  };
}

export function sourceLookup(allowlist: readonly string[]): LookupFunction {
  return guardedLookup(sourceAddressRefusal(allowlist));
}
