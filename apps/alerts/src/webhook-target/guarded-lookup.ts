import { lookup, LookupAddress } from 'node:dns';
import { LookupFunction } from 'node:net';
import { refusalReason } from './address-policy';

export class RefusedAddressError extends Error {
  override readonly name = 'RefusedAddressError';
}

/**
 * A DNS lookup for outgoing webhook connections that refuses private addresses
 * at connect time, so a host that re-resolves after its subscription was
 * checked (DNS rebinding) still cannot reach inside the network.
 */
export function guardedLookup(allowlist: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const reason = refusalReason(
        hostname,
        addresses.map(({ address }) => address),
        allowlist,
      );
      if (reason) return callback(new RefusedAddressError(reason) as NodeJS.ErrnoException, '', 0);
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
