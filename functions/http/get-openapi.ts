import { shopOpenApiDocument } from '#shared/api/shop-document.ts';
import { httpHandler } from '#shared/http/handler.ts';

// Built once per cold start: the document only changes with a deploy.
const document = JSON.stringify(shopOpenApiDocument());

/** The shop's OpenAPI 3.1 document, for integrators and the reference page; browsers and CloudFront may keep it 5 minutes. */
export const handler = httpHandler({ access: 'public' }, async () => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' },
  body: document,
}));
