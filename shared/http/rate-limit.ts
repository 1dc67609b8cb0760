/**
 * The application-level rate limiter, run by the handler wrapper before the handler: per client
 * IP (and per email or order id where the route names one), fixed windows counted in DynamoDB.
 * Over a limit the request is refused with 429 `rate_limited` and `retry-after` in seconds.
 */
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { countRequest } from '#shared/data/rate-limit-repository.ts';
import { emailHashOf } from '#shared/data/email-hash.ts';
import { clientIpOf, exemptIpsFrom, limitsFrom, type LimitScope, type LimitTable } from '#shared/domain/rate-limits/limits.ts';
import { windowAt } from '#shared/domain/rate-limits/window.ts';
import { AppError } from './errors.ts';
import { limitRules } from './rate-limit-rules.ts';

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('too_many_requests', 'rate_limited', 'Too many attempts from this connection: wait a moment before trying again.', { retryAfterSeconds });
  }
}

/** The client's IP as the shop sees it (behind CloudFront: the viewer's, never the edge's). */
export const clientIp = (event: APIGatewayProxyEventV2): string =>
  clientIpOf(event.headers?.['cloudfront-viewer-address'], event.requestContext.http.sourceIp);

let settings: { limits: LimitTable; exempt: Set<string> } | undefined;
const currentSettings = () => (settings ??= { limits: limitsFrom(process.env), exempt: exemptIpsFrom(process.env) });

/** Counts the request against every limit its route has; throws RateLimitedError when one is reached. */
export const enforceRateLimit = async (event: APIGatewayProxyEventV2, now = new Date()): Promise<void> => {
  const rule = limitRules[event.routeKey];
  if (!rule || (rule.when && !rule.when(event))) return;
  const { limits, exempt } = currentSettings();
  const ip = clientIp(event);
  if (exempt.has(ip)) return;
  const counted: Array<{ scope: LimitScope; value: string }> = [{ scope: 'ip', value: ip }];
  const subject = rule.subject?.(event);
  // Emails are counted by their hash: no address sits in a key.
  if (subject) counted.push(subject.scope === 'email' ? { scope: 'email', value: emailHashOf(subject.value) } : subject);
  const verdicts = await Promise.all(
    counted.flatMap(({ scope, value }) => {
      const limit = limits[rule.limitClass][scope];
      if (!limit) return [];
      const window = windowAt(now, limit.windowSeconds);
      return [countRequest({ limitClass: rule.limitClass, scope, value }, limit.limit, window).then((allowed) => ({ allowed, window }))];
    }),
  );
  const refused = verdicts.filter((verdict) => !verdict.allowed);
  if (refused.length) throw new RateLimitedError(Math.max(...refused.map((verdict) => verdict.window.retryAfterSeconds)));
};

export const rateLimit = (): MiddlewareObj<APIGatewayProxyEventV2> => ({
  before: ({ event }) => enforceRateLimit(event),
});

/** Forgets the limits read from the environment (tests change them). */
export const resetRateLimitSettings = (): void => {
  settings = undefined;
};
