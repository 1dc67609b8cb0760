import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { lazy } from '#shared/config/lazy.ts';
import { countDownload, getDownloadGrant } from '#shared/data/fulfilment-repository.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { AppError, NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { downloadTokenParams as params } from '#shared/schemas/order-input.ts';

const env = readEnv(z.object({ DOWNLOADS_BUCKET: z.string().check(z.minLength(1)) }));
const files = lazy(() => import('#shared/media/presign-download.ts'));

const gone = (code: string, message: string) => new AppError('gone', code, message);

/**
 * A paid digital file: each use of the link counts (5 at most, 7 days), then the browser is sent
 * to a five-minute presigned S3 URL. Expired or used-up links answer 410; new links are sent by
 * email or renewed from the order page.
 */
export const handler = httpHandler({ access: 'public', params }, async ({ params }) => {
  const grant = await getDownloadGrant(params.token);
  if (!grant) throw new NotFoundError('This download link does not exist.', 'download_not_found');
  const order = await getOrder(grant.orderId, false);
  if (!order || order.status === 'cancelled' || order.status === 'refunded') throw gone('download_revoked', 'This order was cancelled or refunded.');
  if (grant.revokedAt) throw gone('download_replaced', 'A newer link replaced this one: use the latest link from your order page or email.');
  const now = new Date().toISOString();
  if (!(await countDownload(params.token, now))) {
    if ((await getDownloadGrant(params.token, true))?.revokedAt) throw gone('download_replaced', 'A newer link replaced this one: use the latest link from your order page or email.');
    if (grant.expiresAt <= now) throw gone('download_expired', 'This download link has expired.');
    throw gone('download_exhausted', `This link has been used ${grant.limit} times.`);
  }
  const url = await (await files()).presignDownload(env.DOWNLOADS_BUCKET, grant.fileKey, grant.fileName);
  return { statusCode: 302, headers: { location: url, 'cache-control': 'no-store' }, body: '' };
});
