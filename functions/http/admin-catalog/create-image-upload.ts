import { randomUUID } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { imageUploadInput } from '#shared/schemas/product-input.ts';

const env = readEnv(z.object({ MEDIA_BUCKET: z.string().check(z.minLength(1)) }));
const s3 = new S3Client({});
const expiresInSeconds = 300;
const extensions = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'avif' } as const;

/** A presigned PUT for one product image; the returned `url` is what a product's `images[].url` takes. */
export const handler = httpHandler({ access: 'merchant', body: imageUploadInput }, async ({ body }) => {
  const key = `media/products/${randomUUID()}.${extensions[body.contentType]}`;
  const command = new PutObjectCommand({
    Bucket: env.MEDIA_BUCKET,
    Key: key,
    ContentType: body.contentType,
    ContentLength: body.size,
    CacheControl: 'public, max-age=31536000, immutable',
  });
  const uploadUrl = await getSignedUrl(s3, command, { expiresIn: expiresInSeconds, signableHeaders: new Set(['content-type', 'content-length']) });
  return created({
    uploadUrl,
    method: 'PUT',
    headers: { 'content-type': body.contentType, 'cache-control': 'public, max-age=31536000, immutable' },
    url: `/${key}`,
    expiresInSeconds,
  });
});
