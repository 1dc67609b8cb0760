/**
 * An account's order history: one entry per order, newest first, and an opaque cursor that names
 * the last order of a page (its creation time and id) — never a raw table key, so a cursor can
 * neither reach another account's index partition nor make the read fail.
 */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';

export interface HistoryPosition {
  createdAt: string;
  orderId: string;
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const orderIdPattern = /^[\w-]{10,40}$/;

export const encodeHistoryCursor = (position: HistoryPosition): string => Buffer.from(`${position.createdAt}|${position.orderId}`).toString('base64url');

/** The position a cursor names, or undefined when it is not one this API gave out. */
export const decodeHistoryCursor = (cursor: string): HistoryPosition | undefined => {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined;
  const [createdAt, orderId, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length || !createdAt || !orderId || !isoInstant.test(createdAt) || Number.isNaN(Date.parse(createdAt)) || !orderIdPattern.test(orderId)) return undefined;
  return { createdAt, orderId };
};

export type HistoryOrder = Pick<Order, 'id' | 'number' | 'status' | 'createdAt' | 'locale' | 'lines'> & { totals: Pick<Order['totals'], 'total'> };

/** One line of the history list: what was bought (titles in `view`, default the order's language), the total and the parcel's progress. */
export const presentHistoryEntry = (order: HistoryOrder, view: Locale | undefined, shipmentStatus: string | undefined) => ({
  id: order.id,
  number: order.number,
  status: order.status,
  createdAt: order.createdAt,
  total: order.totals.total,
  itemCount: order.lines.reduce((sum, line) => sum + line.quantity, 0),
  lines: order.lines.map((line) => ({ sku: line.sku, title: line.title[view ?? order.locale], quantity: line.quantity })),
  ...(shipmentStatus ? { shipmentStatus } : {}),
});

/** Orders whose parcel is worth asking about: paid (or partly refunded) with something physical. */
export const shipsParcel = (order: Pick<Order, 'status' | 'lines'>): boolean =>
  (order.status === 'paid' || order.status === 'partially_refunded' || order.status === 'refunded') && order.lines.some((line) => !line.digital);
