/**
 * What happens once an order is paid: physical lines wait in a shipment for the merchant,
 * digital lines get download links (7 days, 5 downloads), and the shopper gets one confirmation
 * email in their language. Every step is idempotent: a redelivered message changes nothing.
 */
import { createShipment, ensureDownload, recordOrderEvent } from '#shared/data/fulfilment-repository.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { scheduleReviewInvite } from '#shared/data/review-invites.ts';
import { liveVariants } from '#shared/data/variant-lookup.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { orderConfirmationEmail, type DownloadLink, type ShopContext } from '#shared/email/render.ts';
import type { OutgoingEmail } from '#shared/clients/email.ts';
import { sendOrderEmailOnce } from './send-once.ts';

export const downloadLifetimeDays = 7;
export const downloadLimit = 5;

export interface FulfilmentDeps {
  now: Date;
  shop: ShopContext & { emailFrom: string };
  send: (email: OutgoingEmail) => Promise<string | undefined>;
}

export const trackingPageUrl = (shopUrl: string, order: Pick<Order, 'id' | 'accessToken'>) => `${shopUrl}/commande/${order.id}?token=${order.accessToken}`;

/** The email's invoice link: the API redirects it to a freshly signed link to the PDF, or says it is being prepared. */
export const invoiceLinkUrl = (shopUrl: string, order: Pick<Order, 'id' | 'accessToken'>) => `${shopUrl}/api/orders/${order.id}/invoice?token=${order.accessToken}`;

const downloadsFor = async (order: Order, now: Date, shopUrl: string): Promise<DownloadLink[]> => {
  const digital = order.lines.filter((line) => line.digital);
  if (!digital.length) return [];
  const live = await liveVariants(digital);
  const expiresAt = new Date(Date.parse(order.paidAt ?? now.toISOString()) + downloadLifetimeDays * 86_400_000).toISOString();
  const links: DownloadLink[] = [];
  for (const line of digital) {
    const file = live.get(line.sku)?.variant.digitalFile;
    if (!file) throw new Error(`No file to deliver for ${line.sku} of order ${order.id}`);
    const token = await ensureDownload({ orderId: order.id, sku: line.sku, fileKey: file.key, fileName: file.fileName, limit: downloadLimit, expiresAt });
    links.push({ title: line.title, url: `${shopUrl}/api/downloads/${token}`, expiresAt, downloadsLeft: downloadLimit });
  }
  return links;
};

export type FulfilmentOutcome = 'fulfilled' | 'not_paid';

export const fulfilOrder = async (orderId: string, deps: FulfilmentDeps): Promise<FulfilmentOutcome> => {
  const order = await getOrder(orderId);
  // A message for an unknown order is retried, then kept in the dead-letter queue for a human.
  if (!order) throw new Error(`Order ${orderId} not found`);
  // A goodwill partial refund may land before fulfilment: the order is still to be delivered.
  if (!order.paidAt || !['paid', 'partially_refunded'].includes(order.status)) return 'not_paid';

  const at = deps.now.toISOString();
  const physical = order.lines.filter((line) => !line.digital);
  if (physical.length) {
    const created = await createShipment({
      id: '1',
      orderId,
      status: 'awaiting_shipment',
      lines: physical.map((line) => ({ sku: line.sku, quantity: line.quantity })),
      createdAt: at,
      updatedAt: at,
    });
    if (created) await recordOrderEvent(orderId, { at, kind: 'shipment_awaiting' });
  }

  const downloads = await downloadsFor(order, deps.now, deps.shop.shopUrl);
  // Digital goods arrive with their links: an order of nothing else is invited to review from its payment.
  if (!physical.length) await scheduleReviewInvite(orderId, order.paidAt);
  await sendOrderEmailOnce(order, 'confirmation', deps.now, async () => {
    const email = orderConfirmationEmail(order, { ...deps.shop, trackingPageUrl: trackingPageUrl(deps.shop.shopUrl, order), downloads, invoiceUrl: invoiceLinkUrl(deps.shop.shopUrl, order) });
    return deps.send({ from: deps.shop.emailFrom, to: order.email, ...email });
  });
  return 'fulfilled';
};
