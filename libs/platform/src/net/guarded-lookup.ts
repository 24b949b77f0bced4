import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns';
import type { LookupFunction } from 'node:net';

export class RefusedAddressError extends Error {
  override readonly name = 'RefusedAddressError';
}

/** Why a host resolving to these addresses must not be connected to, or null when it may. */
export type AddressRefusal = (host: string, addresses: string[]) => string | null;

/**
 * A DNS lookup for outgoing connections that refuses addresses at connect
 * time, so a host that re-resolves after it was checked (DNS rebinding) still
 * cannot reach inside the network. Node skips the lookup for IP-literal
 * hosts: callers check those with the same refusal before connecting.
 */
export function guardedLookup(refusal: AddressRefusal): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const reason = refusal(
        hostname,
        addresses.map(({ address }) => address),
      );
      if (reason) return callback(new RefusedAddressError(reason) as NodeJS.ErrnoException, '', 0);
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
