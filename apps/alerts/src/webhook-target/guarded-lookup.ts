import { guardedLookup as guardedLookupWith } from '@palimpsest/platform';
import type { LookupFunction } from 'node:net';
import { refusalReason } from './address-policy';

/** The platform's connect-time address guard with the webhook allowlist and reason. */
export function guardedLookup(allowlist: readonly string[]): LookupFunction {
  return guardedLookupWith((host, addresses) => refusalReason(host, addresses, allowlist));
}
