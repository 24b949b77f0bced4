import { BlockList, isIP } from 'node:net';

// Loopback, private, link-local (169.254.169.254 is the cloud metadata service),
// carrier-grade NAT, "this network", multicast and reserved ranges (RFC 6890).
const PRIVATE_V4 = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const;
const PRIVATE_V6 = [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const;

const blocked = new BlockList();
for (const [network, prefix] of PRIVATE_V4) blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of PRIVATE_V6) blocked.addSubnet(network, prefix, 'ipv6');

const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

export function isPrivateAddress(address: string): boolean {
  const mapped = MAPPED_V4.exec(address);
  if (mapped) return isPrivateAddress(mapped[1]);
  const family = isIP(address);
  if (family === 0) throw new RangeError(`"${address}" is not an IP address`);
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The addresses of `host` that an outgoing request must not reach: loopback,
 * private or link-local ones, unless the allowlist names the host or the address.
 */
export function refusedAddresses(host: string, addresses: readonly string[], allowlist: readonly string[]): string[] {
  const allowed = new Set(allowlist.map((entry) => entry.toLowerCase()));
  if (allowed.has(host.toLowerCase())) return [];
  return addresses.filter((address) => isPrivateAddress(address) && !allowed.has(address.toLowerCase()));
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}
