import type { AddressRefusal } from '@palimpsest/platform';
import { guardedLookup, refusedAddresses } from '@palimpsest/platform';
import type { LookupFunction } from 'node:net';

/**
 * The refusal for source fetches: loopback and private addresses only when SOURCE_FETCH_ALLOWLIST names them.
 * The reason is shown to anyone by GET /sources/:id, so it names the host but not the addresses
 * it resolves to: those would map the internal network for whoever adds a source.
 */
export function sourceAddressRefusal(allowlist: readonly string[]): AddressRefusal {
  return (host, addresses) => {
    if (refusedAddresses(host, addresses, allowlist).length === 0) return null;
    return `${host} resolves to a loopback, private or link-local address not in SOURCE_FETCH_ALLOWLIST`;
  };
}

export function sourceLookup(allowlist: readonly string[]): LookupFunction {
  return guardedLookup(sourceAddressRefusal(allowlist));
}
