import { openApiGzipBase64 } from '#shared/api/openapi-document.ts';
import { httpHandler } from '#shared/http/handler.ts';

const headers = { 'content-type': 'application/json', 'cache-control': 'public, max-age=300', vary: 'accept-encoding' };
let plain: string | undefined;

/**
 * The shop's OpenAPI 3.1 document (generated ahead by `npm run openapi`), for integrators and the
 * reference page; browsers and CloudFront may keep it 5 minutes. Sent gzipped as stored to clients
 * that accept it, unzipped once for the others.
 */
export const handler = httpHandler({ access: 'public' }, async ({ event }) => {
  if (/\bgzip\b/.test(event.headers['accept-encoding'] ?? '')) {
    return { statusCode: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: openApiGzipBase64, isBase64Encoded: true };
  }
  // zlib loads only for the rare client without gzip: its import would add to every cold start.
  plain ??= (await import('node:zlib')).gunzipSync(Buffer.from(openApiGzipBase64, 'base64')).toString('utf8');
  return { statusCode: 200, headers, body: plain };
});
