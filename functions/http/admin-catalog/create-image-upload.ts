import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { lazy } from '#shared/config/lazy.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { imageUploadInput } from '#shared/schemas/product-input.ts';

const env = readEnv(z.object({ MEDIA_BUCKET: z.string().check(z.minLength(1)) }));
// Uploads are rare next to the other catalog writes: the S3 client loads on first use.
const media = lazy(() => import('#shared/media/presign-upload.ts'));
const expiresInSeconds = 300;
const cacheControl = 'public, max-age=31536000, immutable';
const extensions = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'avif' } as const;

/** A presigned PUT for one product image; the returned `url` is what a product's `images[].url` takes. */
export const handler = httpHandler({ access: 'merchant', body: imageUploadInput }, async ({ body }) => {
  const key = `media/products/${randomUUID()}.${extensions[body.contentType]}`;
  const uploadUrl = await (await media()).presignUpload({
    bucket: env.MEDIA_BUCKET,
    key,
    contentType: body.contentType,
    size: body.size,
    cacheControl,
    expiresInSeconds,
  });
  return created({
    uploadUrl,
    method: 'PUT',
    headers: { 'content-type': body.contentType, 'cache-control': cacheControl },
    url: `/${key}`,
    expiresInSeconds,
  });
});
