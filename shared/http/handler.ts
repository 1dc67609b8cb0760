import middy, { type MiddlewareObj } from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpSecurityHeaders from '@middy/http-security-headers';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { withCapacityTally } from '#shared/observability/capacity.ts';
import { logger } from '#shared/observability/logger.ts';
import { toErrorResponse } from './errors.ts';
import { jsonBody } from './json-body.ts';
import { originGuard } from './origin-guard.ts';
import { principalOf, requirePrincipal, type Access, type Principal } from './principal.ts';
import { rateLimit, RateLimitedError } from './rate-limit.ts';
import { json, type HttpResult } from './responses.ts';
import { parsePart } from './validation.ts';

type Schema = z.ZodMiniType;
type Parsed<S> = S extends Schema ? z.infer<S> : undefined;

export interface RouteOptions<A extends Access, B, Q, P> {
  access: A;
  body?: B;
  query?: Q;
  params?: P;
  maxBodyBytes?: number;
}

export interface RouteInput<A extends Access, B, Q, P> {
  body: Parsed<B>;
  query: Parsed<Q>;
  params: Parsed<P>;
  /** Always present on customer and merchant routes: the access rule ran first. */
  principal: A extends 'public' ? Principal | undefined : Principal;
  event: APIGatewayProxyEventV2;
  context: Context;
}

/** Maps any error to `{ error: { code, message, details } }`; 5xx details stay in the logs. */
const errorMapper = (): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => ({
  onError: (request) => {
    const { statusCode, body } = toErrorResponse(request.error);
    if (statusCode >= 500) logger.error('request failed', request.error as Error);
    else logger.debug('request rejected', { statusCode, code: body.error.code });
    request.response = json(statusCode, body);
    if (request.error instanceof RateLimitedError) request.response.headers = { ...request.response.headers, 'retry-after': String(request.error.retryAfterSeconds) };
  },
});

const requestIdKey = (): MiddlewareObj<APIGatewayProxyEventV2> => ({
  before: ({ event }) => {
    logger.appendKeys({ requestId: event.requestContext.requestId, route: event.routeKey });
  },
});

/** Runs before body parsing so that an anonymous caller learns nothing about the body rules. */
const accessRule = (access: Access): MiddlewareObj<APIGatewayProxyEventV2> => ({
  before: ({ event }) => requirePrincipal(access, principalOf(event)),
});

// An empty `Reporting-Endpoints` header is emitted by default; its option is missing from the typings.
const securityHeaderOptions = { reportingEndpoints: false } as Parameters<typeof httpSecurityHeaders>[0];

/**
 * Wraps an HTTP handler in the shop's middy stack: structured logs with the request id, the
 * CloudFront origin check, access rule, rate limits of the route (see rate-limit-rules.ts), JSON body (size- and type-checked), zod validation of body, query and path parameters,
 * security headers and one error mapper. The handler receives typed input only.
 */
export const httpHandler = <
  A extends Access,
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
>(
  options: RouteOptions<A, B, Q, P>,
  run: (input: RouteInput<A, B, Q, P>) => Promise<HttpResult>,
) => {
  const base = async (event: APIGatewayProxyEventV2, context: Context): Promise<HttpResult> => {
    const principal = principalOf(event);
    const input = {
      body: options.body ? parsePart('body', options.body, event.body) : undefined,
      query: options.query ? parsePart('query', options.query, event.queryStringParameters ?? {}) : undefined,
      params: options.params ? parsePart('params', options.params, event.pathParameters ?? {}) : undefined,
      principal,
      event,
      context,
    } as RouteInput<A, B, Q, P>;
    const { result, units } = await withCapacityTally(() => run(input));
    // DynamoDB capacity per request, for integrators and benchmarks (ReturnConsumedCapacity is free).
    result.headers = {
      ...result.headers,
      'x-consumed-capacity': (units.read + units.write).toFixed(1),
      'x-consumed-rcu': units.read.toFixed(1),
      'x-consumed-wcu': units.write.toFixed(1),
      'x-consumed-wcu-table': units.tableWrite.toFixed(1),
    };
    return result;
  };

  const handler = middy<APIGatewayProxyEventV2, HttpResult>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(requestIdKey())
    .use(httpHeaderNormalizer())
    .use(httpSecurityHeaders(securityHeaderOptions))
    .use(errorMapper())
    .use(originGuard())
    .use(accessRule(options.access))
    .use(rateLimit());
  if (options.body) handler.use(jsonBody(options.maxBodyBytes));
  return handler.handler(base);
};
