/** Builds API Gateway HTTP API (payload 2.0) events from plain request data, as AWS does. */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export interface IncomingRequest {
  method: string;
  url: URL;
  /** Raw header pairs as received (node's `rawHeaders`), so repeated headers are preserved. */
  rawHeaders: string[];
  body: Buffer;
  sourceIp: string;
}

const textContentType = /^(text\/|application\/([\w.+-]+\+)?(json|xml|x-www-form-urlencoded|javascript))/i;

const joinHeaders = (rawHeaders: string[]): { headers: Record<string, string>; cookies: string[] } => {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (let index = 0; index < rawHeaders.length; index += 2) {
    const name = rawHeaders[index]!.toLowerCase();
    const value = rawHeaders[index + 1]!;
    if (name === 'cookie') {
      cookies.push(...value.split(';').map((cookie) => cookie.trim()).filter(Boolean));
      continue;
    }
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }
  if (cookies.length) headers.cookie = cookies.join('; ');
  return { headers, cookies };
};

const joinQuery = (params: URLSearchParams): Record<string, string> | undefined => {
  const query: Record<string, string> = {};
  for (const [name, value] of params) query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  return Object.keys(query).length ? query : undefined;
};

export interface EventRoute {
  routeKey: string;
  pathParameters: Record<string, string> | undefined;
  /** Claims as the JWT authorizer passes them, or undefined on a public route. */
  claims?: Record<string, string>;
  scopes?: string[] | null;
}

export const buildApiEvent = (request: IncomingRequest, route: EventRoute, now = new Date()): APIGatewayProxyEventV2 => {
  const { headers, cookies } = joinHeaders(request.rawHeaders);
  const contentType = headers['content-type'] ?? '';
  const hasBody = request.body.byteLength > 0;
  const isText = textContentType.test(contentType);
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath: request.url.pathname,
    rawQueryString: request.url.search.slice(1),
    headers,
    requestContext: {
      accountId: '123456789012',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0]!,
      http: {
        method: request.method,
        path: request.url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: route.routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: hasBody && !isText,
  };
  if (cookies.length) event.cookies = cookies;
  const query = joinQuery(request.url.searchParams);
  if (query) event.queryStringParameters = query;
  if (route.pathParameters) event.pathParameters = route.pathParameters;
  if (hasBody) event.body = isText ? request.body.toString('utf8') : request.body.toString('base64');
  if (route.claims) {
    (event.requestContext as unknown as { authorizer: unknown }).authorizer = {
      jwt: { claims: route.claims, scopes: route.scopes ?? null },
    };
  }
  return event;
};
