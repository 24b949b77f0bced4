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

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) throw new RangeError(`"${address}" is not an IP address`);
  if (family === 4) return blocked.check(address, 'ipv4');
  const embedded = embeddedIpv4(hextetsOf(address));
  if (embedded === 'refuse') return true;
  if (embedded !== null) return blocked.check(embedded, 'ipv4');
  return blocked.check(withoutZone(address), 'ipv6');
}

/**
 * IPv6 forms that carry an IPv4 address reach that IPv4 host (directly, through
 * a NAT64 gateway or a 6to4 relay), so the IPv4 address is what gets judged:
 * otherwise http://[64:ff9b::7f00:1]/ would slip loopback past the IPv4 rules.
 * Ranges whose IPv4 part cannot be located reliably are refused outright:
 * local-use NAT64 (64:ff9b:1::/48, any prefix length) and Teredo (2001::/32,
 * whose server and client addresses are both hidden in the address).
 */
function embeddedIpv4(h: readonly number[]): string | 'refuse' | null {
  const zeros = (from: number, to: number) => h.slice(from, to).every((part) => part === 0);
  const lastTwo = () => ipv4Of(h[6], h[7]);
  if (zeros(0, 6)) return lastTwo(); // IPv4-compatible ::/96 (also :: and ::1)
  if (zeros(0, 5) && h[5] === 0xffff) return lastTwo(); // IPv4-mapped ::ffff:0:0/96
  if (zeros(0, 4) && h[4] === 0xffff && h[5] === 0) return lastTwo(); // IPv4-translated ::ffff:0:0:0/96
  if (h[0] === 0x64 && h[1] === 0xff9b && zeros(2, 6)) return lastTwo(); // NAT64 64:ff9b::/96
  if (h[0] === 0x64 && h[1] === 0xff9b && h[2] === 1) return 'refuse'; // local-use NAT64 64:ff9b:1::/48
  if (h[0] === 0x2002) return ipv4Of(h[1], h[2]); // 6to4 2002::/16
  if (h[0] === 0x2001 && h[1] === 0) return 'refuse'; // Teredo 2001::/32
  return null;
}

function ipv4Of(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** The eight 16-bit groups of an IPv6 address (WHATWG URL parsing expands dotted tails to hex). */
function hextetsOf(address: string): number[] {
  const compressed = new URL(`http://[${withoutZone(address)}]/`).hostname.slice(1, -1);
  const [head, tail] = compressed.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  if (tail === undefined) return groups(head);
  const [before, after] = [groups(head), groups(tail)];
  return [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
}

/** A link-local address may carry a zone ("fe80::1%eth0"); the zone does not change what it reaches. */
function withoutZone(address: string): string {
  const zone = address.indexOf('%');
  return zone === -1 ? address : address.slice(0, zone);
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
