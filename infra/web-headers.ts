/**
 * Security headers for the storefront, applied by CloudFront's response headers policy in AWS and
 * by the local gateway on a laptop.
 */
/**
 * The policy for the shop's pages. `connectSources` are the other origins scripts may call: the
 * merchants' sign-in endpoint (Cognito) and the media bucket the admin uploads images to.
 */
export const contentSecurityPolicyWith = (connectSources: string[] = []): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectSources].join(' '),
    "form-action 'self' https://checkout.stripe.com",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');

export const contentSecurityPolicy = contentSecurityPolicyWith();

export const storefrontHeaders: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy,
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(self)',
};

/** The storefront's headers with extra `connect-src` origins. */
export const storefrontHeadersWith = (connectSources: string[]): Record<string, string> => ({
  ...storefrontHeaders,
  'content-security-policy': contentSecurityPolicyWith(connectSources),
});
