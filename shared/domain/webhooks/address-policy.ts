/**
 * Which network addresses the shop may send a webhook to: public unicast only. The ranges come
 * from ipaddr.js (maintained against the IANA special-purpose registries), not from a list of ours.
 */
import ipaddr from 'ipaddr.js';

/** Why an address is refused: ipaddr.js's range name (`private`, `loopback`, `linkLocal`, …), or `invalid`. */
export type AddressVerdict = { ok: true } | { ok: false; range: string };

/** Whether `address` (an IPv4 or IPv6 literal, brackets allowed) is a public unicast address; IPv4-mapped IPv6 is judged as its IPv4. */
export const classifyAddress = (address: string): AddressVerdict => {
  const literal = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(literal)) return { ok: false, range: 'invalid' };
  let parsed = ipaddr.parse(literal);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  return range === 'unicast' ? { ok: true } : { ok: false, range };
};

/** True when `host` is written as an IP address (as the WHATWG URL parser leaves it: dotted IPv4 or bracketed IPv6). */
export const isAddressLiteral = (host: string): boolean => ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
