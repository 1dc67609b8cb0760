import { queueUrlsFromEnv } from '#shared/config/env.ts';
import { stockSnapshot } from '#shared/dashboard/stock-snapshot.ts';
import { deadLetterDepths } from '#shared/dashboard/dead-letters.ts';
import { orderStates, waitingShipments } from '#shared/data/awaiting-shipments.ts';
import { paidOrdersPlacedBetween } from '#shared/data/order-figures.ts';
import { awaitingShipment } from '#shared/domain/dashboard/awaiting.ts';
import { defaultLowStockThreshold } from '#shared/domain/dashboard/low-stock.ts';
import { salesFigures, salesWindow } from '#shared/domain/dashboard/sales.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { dashboardQuery as query } from '#shared/schemas/dashboard-query.ts';

const queueUrls = queueUrlsFromEnv();

const awaitingNow = async () => {
  const shipments = await waitingShipments();
  return awaitingShipment(shipments, await orderStates(shipments.map((shipment) => shipment.orderId)));
};

/**
 * The merchant's dashboard: sales today and over seven Paris days, orders waiting to be shipped,
 * low stock and the dead-letter queues. Every figure comes from a Query on an index, never a Scan.
 */
export const handler = httpHandler({ access: 'merchant', query }, async ({ query }) => {
  const now = new Date();
  const threshold = query.threshold === undefined ? defaultLowStockThreshold : Number(query.threshold);
  const window = salesWindow(now);
  const [paid, awaiting, stock, deadLetters] = await Promise.all([
    paidOrdersPlacedBetween(window.from, window.to),
    awaitingNow(),
    stockSnapshot(),
    deadLetterDepths(queueUrls),
  ]);
  return ok({
    ...salesFigures(paid, now),
    awaitingShipment: awaiting,
    lowStock: stock.lowStock(threshold),
    lowStockThreshold: threshold,
    deadLetters,
    generatedAt: now.toISOString(),
  });
});
