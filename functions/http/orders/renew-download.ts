import * as z from 'zod/mini';
import { renewDownload } from '#shared/data/fulfilment-repository.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { tokenMatches } from '#shared/domain/orders/model.ts';
import { shopUrl } from '#shared/fulfilment/deps.ts';
import { downloadLifetimeDays, downloadLimit } from '#shared/fulfilment/fulfil-order.ts';
import { NotFoundError, UnprocessableError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { skuSchema } from '#shared/schemas/product-input.ts';

const params = z.object({ id: z.string().check(z.regex(/^[\w-]{10,40}$/)), sku: skuSchema });
const query = z.object({ token: z.optional(z.string().check(z.maxLength(100))) });

/** A new download link (7 days, 5 downloads) for a paid digital item, from the order page. */
export const handler = httpHandler({ access: 'public', params, query }, async ({ params, query }) => {
  const order = await getOrder(params.id);
  if (!order || !tokenMatches(order, query.token)) throw new NotFoundError('No such order.', 'order_not_found');
  if (!order.paidAt || order.status === 'refunded' || order.status === 'cancelled') {
    throw new UnprocessableError('download_not_available', 'Downloads are available for paid orders only.');
  }
  const expiresAt = new Date(Date.now() + downloadLifetimeDays * 86_400_000).toISOString();
  const token = await renewDownload(order.id, params.sku, expiresAt);
  if (!token) throw new NotFoundError('This order has no download for that item.', 'download_not_found');
  return ok({ url: `${shopUrl}/api/downloads/${token}`, expiresAt, downloadsLeft: downloadLimit });
});
