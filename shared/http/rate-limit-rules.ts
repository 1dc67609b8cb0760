/**
 * Which routes the application-level limiter counts, by API Gateway route key, and what each
 * request is counted by besides the client's IP. Catalog, search and product routes are absent
 * on purpose. The HTTP API's own per-route throttles (the manifest's `throttle`) come first.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { LimitClass } from '#shared/domain/rate-limits/limits.ts';

export interface LimitRule {
  limitClass: LimitClass;
  /** Only requests this returns true for are counted (e.g. a cart change carrying a discount code). */
  when?: (event: APIGatewayProxyEventV2) => boolean;
  /** The order id (guest token routes) or the email given (checkout), counted beside the IP. */
  subject?: (event: APIGatewayProxyEventV2) => { scope: 'email' | 'order'; value: string } | undefined;
}

/** The JSON body's fields, or an empty object: the handler's own validation reports bad bodies. */
const bodyFields = (event: APIGatewayProxyEventV2): Record<string, unknown> => {
  if (!event.body) return {};
  try {
    const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const orderInPath = (event: APIGatewayProxyEventV2) => {
  const id = event.pathParameters?.id;
  return id ? { scope: 'order' as const, value: id } : undefined;
};

const emailInBody = (event: APIGatewayProxyEventV2) => {
  const email = bodyFields(event).email;
  return typeof email === 'string' && email.trim() ? { scope: 'email' as const, value: email.trim().toLowerCase() } : undefined;
};

/** Whether a function (by its routes) counts requests: its grant includes the counters' partitions. */
export const countsRequests = (spec: { routes?: Array<{ method: string; path: string }> }): boolean =>
  (spec.routes ?? []).some((route) => `${route.method} ${route.path}` in limitRules);

const orderToken: LimitRule = { limitClass: 'order-token', subject: orderInPath };
const account: LimitRule = { limitClass: 'account' };

export const limitRules: Record<string, LimitRule> = {
  'POST /api/carts': { limitClass: 'cart-create' },
  'PATCH /api/carts/{id}': {
    limitClass: 'discount',
    when: (event) => {
      const code = bodyFields(event).discountCode;
      return typeof code === 'string' && code !== '';
    },
  },
  'POST /api/checkout': { limitClass: 'checkout', subject: emailInBody },
  'POST /api/account/checkout': { limitClass: 'checkout', subject: emailInBody },
  'GET /api/orders/{id}': orderToken,
  'POST /api/orders/{id}/returns': orderToken,
  'POST /api/orders/{id}/downloads/{sku}/renew': orderToken,
  'POST /api/orders/{id}/token/rotate': orderToken,
  'POST /api/orders/{id}/reopen': orderToken,
  'GET /api/orders/{id}/invoices': orderToken,
  'GET /api/orders/{id}/invoice': orderToken,
  'GET /api/orders/{id}/reviews': orderToken,
  'POST /api/orders/{id}/reviews': orderToken,
  'POST /api/account/orders/claim': account,
  'GET /api/account/me': account,
  'GET /api/account/orders': account,
  'GET /api/account/orders/{id}': account,
  'GET /api/account/profile': account,
  'PUT /api/account/profile': account,
  'GET /api/account/export': account,
};
