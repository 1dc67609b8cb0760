/**
 * The local API gateway: one HTTP server for the storefront and `/api/*`, turning requests into
 * API Gateway payload 2.0 events for the manifest's handlers, with the same authorizer rules.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import type { FunctionSpec } from '../functions.ts';
import { buildApiEvent } from './api-event.ts';
import type { JwtAuthorizer } from './jwt-authorizer.ts';
import { FunctionTimeoutError, type LambdaRuntime } from './lambda-runtime.ts';
import { createRouter } from './router.ts';
import { createRouteThrottles, routeThrottlesOf } from './route-throttle.ts';
import { createStaticFiles } from './static-files.ts';
import { storefrontHeadersWith } from '../web-headers.ts';

/** API Gateway refuses payloads above 10 MB before any function runs. */
const maxPayloadBytes = 10 * 1024 * 1024;

export interface GatewayOptions {
  manifest: FunctionSpec[];
  runtime: LambdaRuntime;
  /** One per user pool, as the HTTP API has: customer routes trust the shoppers' pool, merchant routes the merchants'. */
  authorizers: { customer: JwtAuthorizer; merchant: JwtAuthorizer };
  webRoot: string;
  /** Where `/media/*` is read from (the media bucket), as CloudFront's media behaviour does. */
  mediaOrigin?: string;
  /** Origins the pages may call besides their own (`connect-src`): the Cognito and S3 emulators. */
  connectSources?: string[];
  /** Local-only pages (e.g. the test payment page); never part of the manifest or of AWS. */
  extraRoutes?: (request: IncomingMessage, response: ServerResponse, body: Buffer) => Promise<boolean>;
  accessLog?: (entry: Record<string, unknown>) => void;
  /** What CloudFront adds as `x-origin-verify` in AWS; the gateway adds it to every API request. */
  originSecret?: string;
  /** The manifest's per-route throttles (429 when a route's bucket is empty), as the HTTP API stage applies them; on unless false. */
  routeThrottles?: boolean;
  /**
   * Checks each function response of a manifest route (the test suite validates them against the
   * OpenAPI document); a returned message replaces the response with a 500 `contract_violation`.
   */
  checkResponse?: (exchange: CheckedExchange) => string | undefined;
}

export interface CheckedExchange {
  routeKey: string;
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** Headers CloudFront sets itself on the way to the API: a viewer's own values never reach a function. */
const edgeHeaders = new Set(['cloudfront-viewer-address', 'x-origin-verify']);

/** The request's headers as CloudFront forwards them: the viewer's address (`ip:port`) and the origin secret replaced by the edge's. */
export const edgeRawHeaders = (rawHeaders: string[], viewer: { ip: string; port: number }, originSecret?: string): string[] => {
  const kept: string[] = [];
  for (let index = 0; index < rawHeaders.length; index += 2) {
    if (!edgeHeaders.has(rawHeaders[index]!.toLowerCase())) kept.push(rawHeaders[index]!, rawHeaders[index + 1]!);
  }
  const ip = viewer.ip.startsWith('::ffff:') && viewer.ip.includes('.') ? viewer.ip.slice('::ffff:'.length) : viewer.ip;
  kept.push('cloudfront-viewer-address', `${ip}:${viewer.port}`);
  if (originSecret) kept.push('x-origin-verify', originSecret);
  return kept;
};

class PayloadTooLargeError extends Error {}

const readBody = (request: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxPayloadBytes) {
        request.pause();
        reject(new PayloadTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

/** API Gateway's own error bodies are `{"message": ...}`; we reproduce them faithfully. */
const gatewayError = (response: ServerResponse, statusCode: number, message: string): void => {
  const body = JSON.stringify({ message });
  response.writeHead(statusCode, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
};

/** Payload 2.0 result rules: a structured result is used as is, anything else becomes a 200 JSON body. */
const writeResult = (response: ServerResponse, result: APIGatewayProxyResultV2 | undefined): void => {
  const structured = typeof result === 'object' && result !== null && 'statusCode' in result;
  if (!structured) {
    const body = result === undefined ? '' : typeof result === 'string' ? result : JSON.stringify(result);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
    return;
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    // Lambda serializes the result as JSON, which drops undefined values.
    if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value);
  }
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body = result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  headers['content-length'] = String(body.byteLength);
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(body);
};

const checkedExchange = (routeKey: string, result: APIGatewayProxyResultV2): CheckedExchange => {
  if (typeof result !== 'object' || result === null || !('statusCode' in result)) {
    return { routeKey, statusCode: 200, headers: { 'content-type': 'application/json' }, body: typeof result === 'string' ? result : JSON.stringify(result ?? '') };
  }
  const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
  const bytes = result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  const body = (headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
  return { routeKey, statusCode: result.statusCode ?? 200, headers, body };
};

const contractViolation = (routeKey: string, violation: string): APIGatewayProxyResultV2 => ({
  statusCode: 500,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ error: { code: 'contract_violation', message: `${routeKey} answered outside its OpenAPI contract: ${violation}` } }),
});

const proxyMedia = async (response: ServerResponse, source: string): Promise<void> => {
  const upstream = await fetch(source);
  if (!upstream.ok) return gatewayError(response, 404, 'Not Found');
  const body = Buffer.from(await upstream.arrayBuffer());
  response.writeHead(200, {
    'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
    'content-length': String(body.byteLength),
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
};

const isApiPath = (pathname: string): boolean => pathname === '/api' || pathname.startsWith('/api/');

export const createGateway = (options: GatewayOptions): Server & { routes: string[] } => {
  const router = createRouter(options.manifest);
  const throttles = createRouteThrottles(options.routeThrottles === false ? new Map() : routeThrottlesOf(options.manifest));
  const serveStatic = createStaticFiles(options.webRoot, storefrontHeadersWith(options.connectSources ?? []));

  /** Answers an API request; resolves to its route key (the access log's name for it), undefined when no route matched. */
  const handleApi = async (request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer): Promise<string | undefined> => {
    const method = request.method ?? 'GET';
    const match = router.match(method, url.pathname);
    if (!match) {
      gatewayError(response, 404, 'Not Found');
      return undefined;
    }
    let claims: Record<string, string> | undefined;
    let scopes: string[] | null = null;
    if (match.route.auth !== 'public') {
      const verdict = await options.authorizers[match.route.auth](request.headers.authorization);
      if (!verdict.ok) {
        gatewayError(response, 401, 'Unauthorized');
        return match.routeKey;
      }
      ({ claims, scopes } = verdict);
    }
    if (!throttles.take(match.routeKey)) {
      gatewayError(response, 429, 'Too Many Requests');
      return match.routeKey;
    }
    const event = buildApiEvent(
      {
        method,
        url,
        rawHeaders: edgeRawHeaders(request.rawHeaders, { ip: request.socket.remoteAddress ?? '127.0.0.1', port: request.socket.remotePort ?? 0 }, options.originSecret),
        body,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
      },
      { routeKey: match.routeKey, pathParameters: match.pathParameters, ...(claims ? { claims, scopes } : {}) },
    );
    try {
      const result = (await options.runtime.invoke(match.spec, event)) as APIGatewayProxyResultV2;
      const violation = options.checkResponse?.(checkedExchange(match.routeKey, result));
      writeResult(response, violation ? contractViolation(match.routeKey, violation) : result);
    } catch (error) {
      if (error instanceof FunctionTimeoutError) gatewayError(response, 503, 'Service Unavailable');
      else {
        console.error(`[${match.spec.name}] unhandled error`, error);
        gatewayError(response, 500, 'Internal Server Error');
      }
    }
    return match.routeKey;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const started = performance.now();
    const url = new URL(request.url ?? '/', 'http://localhost');
    let body: Buffer;
    try {
      body = await readBody(request);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) {
        response.setHeader('connection', 'close');
        return gatewayError(response, 413, 'Request Entity Too Large');
      }
      throw error;
    }
    if (options.extraRoutes && (await options.extraRoutes(request, response, body))) return;
    const api = isApiPath(url.pathname);
    let routeKey: string | undefined;
    if (api) routeKey = await handleApi(request, response, url, body);
    else if (options.mediaOrigin && url.pathname.startsWith('/media/')) await proxyMedia(response, `${options.mediaOrigin}${url.pathname}`);
    else {
      const file = await serveStatic(url.pathname, String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(file.statusCode, { ...file.headers, 'content-length': String(file.body.byteLength) });
      response.end(request.method === 'HEAD' ? undefined : file.body);
    }
    // Like the HTTP API's access log: API requests by route key, never their path, which can hold
    // a cart id or a download token; query strings (order tokens) are never logged.
    options.accessLog?.({
      method: request.method,
      ...(api ? { routeKey: routeKey ?? null } : { path: url.pathname }),
      status: response.statusCode,
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('local gateway error', error);
      if (!response.headersSent) gatewayError(response, 500, 'Internal Server Error');
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  return Object.assign(server, { routes: router.inventory });
};
