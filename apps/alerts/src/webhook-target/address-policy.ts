import { refusedAddresses } from '@palimpsest/platform';

/** Why a host resolving to `addresses` may not receive webhooks, or null when it may. */
export function refusalReason(host: string, addresses: string[], allowlist: readonly string[]): string | null {
  const refused = refusedAddresses(host, addresses, allowlist);
  if (refused.length === 0) return null;
  return `webhook host ${host} resolves to ${refused.join(', ')}, a loopback, private or link-local address not in WEBHOOK_ALLOWLIST`;
}
