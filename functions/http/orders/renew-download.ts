import { maxDownloadRenewals, renewDownload } from '#shared/data/fulfilment-repository.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { shopUrl } from '#shared/fulfilment/deps.ts';
import { downloadLifetimeDays, downloadLimit } from '#shared/fulfilment/fulfil-order.ts';
import { NotFoundError, UnprocessableError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderSkuParams as params, orderTokenQuery as query } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';
import { guestOrder, ownedOrder } from './order-access.ts';


/**
 * A new download link (7 days, 5 downloads) for a paid digital item of the order; the previous
 * link stops working at once. At most `maxDownloadRenewals` renewals per item (422 after that).
 */
const renewFor = async (order: Order, sku: string) => {
  if (!order.paidAt || order.status === 'refunded' || order.status === 'cancelled') {
    throw new UnprocessableError('download_not_available', 'Downloads are available for paid orders only.');
  }
  const now = new Date();
  const expiresAt = new Date(now.getTime() + downloadLifetimeDays * 86_400_000).toISOString();
  const renewal = await renewDownload(order.id, sku, expiresAt, now.toISOString());
  if (renewal === 'no_download') throw new NotFoundError('This order has no download for that item.', 'download_not_found');
  if (renewal === 'renewals_exhausted') {
    throw new UnprocessableError('download_renewals_exhausted', `This item's link was renewed ${maxDownloadRenewals} times already: contact the shop.`, { maxRenewals: maxDownloadRenewals });
  }
  return ok({ url: `${shopUrl}/api/downloads/${renewal.token}`, expiresAt, downloadsLeft: downloadLimit, renewalsLeft: renewal.renewalsLeft });
};

/** From a guest's order page, with the token from their links. */
export const handler = httpHandler({ access: 'public', params, query }, async ({ params, query }) => renewFor(await guestOrder(params.id, query.token), params.sku));

/** From the signed-in owner's order page (someone else's order: 404). */
export const accountHandler = httpHandler({ access: 'customer', params }, async ({ params, principal }) => renewFor(await ownedOrder(params.id, principal), params.sku));
