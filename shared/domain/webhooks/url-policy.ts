/**
 * The rules an endpoint URL must pass at registration (and again before each delivery): https,
 * no credentials, and a host that cannot name the shop's own network. Decimal, octal and hex
 * IPv4 forms need no rule of their own: the WHATWG URL parser rewrites them as dotted quads.
 * DNS names are resolved and checked again at delivery time (see the delivery's address guard).
 */
import { classifyAddress, isAddressLiteral } from './address-policy.ts';

export const maxWebhookUrlLength = 2048;

export type UrlRefusal =
  | 'invalid_url'
  | 'https_required'
  | 'credentials_in_url'
  | 'private_address'
  | 'local_hostname';

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: UrlRefusal; detail: string };

export interface UrlPolicy {
  /** Hosts the local stack lets through over plain http and on private addresses (the tests' receiver); never set in AWS. */
  localHosts: readonly string[];
}

// Names that resolve to the machine itself or to a private network by convention (RFC 6761, 6762, 8375).
const localSuffixes = ['localhost', 'local', 'internal', 'home.arpa', 'localdomain', 'lan', 'intranet', 'corp'];

const isLocalName = (hostname: string): boolean =>
  !hostname.includes('.') || localSuffixes.some((suffix) => hostname === suffix || hostname.endsWith(`.${suffix}`));

/** Checks a URL a merchant registers; `detail` says what to change. */
export const checkWebhookUrl = (raw: string, policy: UrlPolicy): UrlCheck => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'invalid_url', detail: 'The URL cannot be read.' };
  }
  const hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  const local = policy.localHosts.includes(hostname);
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) return { ok: false, reason: 'https_required', detail: 'Use an https:// URL.' };
  if (url.username || url.password) return { ok: false, reason: 'credentials_in_url', detail: 'Put no user name or password in the URL; requests are signed.' };
  if (local) return { ok: true, url };
  if (isAddressLiteral(hostname)) {
    const verdict = classifyAddress(hostname);
    return verdict.ok ? { ok: true, url } : { ok: false, reason: 'private_address', detail: `The address is not public (${verdict.range}).` };
  }
  if (isLocalName(hostname)) return { ok: false, reason: 'local_hostname', detail: 'The host name is not a public one.' };
  return { ok: true, url };
};
