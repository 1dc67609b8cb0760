/**
 * How many requests a client may make to the routes where guessing pays (discount codes, order
 * tokens, checkout, cart creation, account routes), per key and window. Catalog, search and
 * product routes are never limited here.
 */
export type LimitClass = 'cart-create' | 'discount' | 'checkout' | 'order-token' | 'account';

/** What a counter is keyed by besides the class: the client's IP, the email given, or the order id in the path. */
export type LimitScope = 'ip' | 'email' | 'order';

export interface Limit {
  limit: number;
  windowSeconds: number;
}

export type LimitTable = Record<LimitClass, Partial<Record<LimitScope, Limit>>>;

/**
 * Defaults: generous for a shopper (and for several behind one NAT), tight enough to make
 * guessing a code or a token hopeless. A code has ~40 bits and a token 128: 20 tries per quarter
 * hour find neither.
 */
export const defaultLimits: LimitTable = {
  'cart-create': { ip: { limit: 120, windowSeconds: 600 } },
  discount: { ip: { limit: 20, windowSeconds: 900 } },
  checkout: { ip: { limit: 30, windowSeconds: 600 }, email: { limit: 10, windowSeconds: 600 } },
  'order-token': { ip: { limit: 60, windowSeconds: 600 }, order: { limit: 30, windowSeconds: 600 } },
  account: { ip: { limit: 300, windowSeconds: 600 } },
};

export const limitClasses = Object.keys(defaultLimits) as LimitClass[];

/** `RATE_LIMIT_ORDER_TOKEN_IP` for class `order-token`, scope `ip`. */
export const limitEnvName = (limitClass: LimitClass, scope: LimitScope): string =>
  `RATE_LIMIT_${limitClass.replaceAll('-', '_').toUpperCase()}_${scope.toUpperCase()}`;

const limitPattern = /^(\d{1,9})\/(\d{1,7})$/;

/**
 * The limits in force: the defaults, each overridable by `RATE_LIMIT_<CLASS>_<SCOPE>=<limit>/<seconds>`
 * (e.g. `RATE_LIMIT_DISCOUNT_IP=20/900`). A malformed value is an error, not a silent default.
 */
export const limitsFrom = (env: Record<string, string | undefined>): LimitTable => {
  const table = structuredClone(defaultLimits);
  for (const limitClass of limitClasses) {
    for (const scope of ['ip', 'email', 'order'] as const) {
      const name = limitEnvName(limitClass, scope);
      const value = env[name];
      if (value === undefined || value === '') continue;
      const match = limitPattern.exec(value.trim());
      if (!match || Number(match[2]) < 1) throw new Error(`${name} must be <limit>/<window seconds>, e.g. 20/900; got "${value}".`);
      table[limitClass][scope] = { limit: Number(match[1]), windowSeconds: Number(match[2]) };
    }
  }
  return table;
};

/** IPs never limited (`RATE_LIMIT_EXEMPT_IPS`, comma-separated): the local test suite and benches, never a deployed shop by default. */
export const exemptIpsFrom = (env: Record<string, string | undefined>): Set<string> =>
  new Set((env.RATE_LIMIT_EXEMPT_IPS ?? '').split(',').map((ip) => ip.trim()).filter(Boolean));

/**
 * The client's address from CloudFront's `cloudfront-viewer-address` (`198.51.100.7:46532`,
 * `2001:db8::1:46532`: the port follows the last colon), else the connection's source IP.
 * Behind CloudFront the source IP is an edge server's, shared by many shoppers.
 */
export const clientIpOf = (viewerAddress: string | undefined, sourceIp: string): string => {
  const address = viewerAddress?.trim();
  if (address) {
    const colon = address.lastIndexOf(':');
    const ip = colon > 0 ? address.slice(0, colon) : address;
    if (ip) return unmapIpv4(ip);
  }
  return unmapIpv4(sourceIp);
};

const unmapIpv4 = (ip: string): string => (ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice('::ffff:'.length) : ip);
