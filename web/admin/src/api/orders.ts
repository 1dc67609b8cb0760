/** The admin order API, typed: list, detail with history, shipping, refunds, cancellation, returns. Money is integer cents. */
import { carriers } from '#shared/domain/carriers/catalog.ts';
import type { OrderLine, ShipmentStatus } from '../../../src/api/types.ts';
import { adminRequest } from './client.ts';

export type { OrderLine, ShipmentStatus };

/** Every order status, in the order the merchant's filter lists them (the storefront's type names the same ones). */
export const orderStatuses = ['pending_payment', 'paid', 'partially_refunded', 'refunded', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export type ReturnStatus = 'requested' | 'approved' | 'rejected' | 'received';
export type ReturnAction = 'approve' | 'reject' | 'receive';

/** Carriers the merchant can hand a parcel to (ids the ship action accepts). */
export const carrierChoices = carriers.map(({ id, name }) => ({ id, name }));

export interface OrderRow {
  id: string;
  number: string;
  status: OrderStatus;
  email: string;
  total: number;
  /** Units bought, all lines together. */
  items: number;
  createdAt: string;
  paidAt: string | null;
}

export interface OrderListQuery {
  status?: OrderStatus | undefined;
  email?: string | undefined;
  /** ISO instants, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface OrderShipment {
  id: string;
  status: ShipmentStatus;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  lines: Array<{ sku: string; quantity: number }>;
  updatedAt: string;
}

export interface OrderReturn {
  id: string;
  status: ReturnStatus;
  lines: Array<{ sku: string; quantity: number }>;
  reason: string;
  note: string | null;
  createdAt: string;
}

export interface OrderEvent {
  at: string;
  kind: string;
  details?: Record<string, unknown>;
}

export interface AdminOrder {
  id: string;
  number: string;
  status: OrderStatus;
  email: string;
  customerEmail: string;
  locale: 'fr' | 'en';
  lines: OrderLine[];
  totals: { subtotal: number; discount: number; shipping: number; total: number; vat: Array<{ rate: number; base: number; amount: number }> };
  delivery: { method: string; price: number; estimate: { from: string; to: string } } | null;
  shippingAddress: Record<string, string> | null;
  discountCode: string | null;
  createdAt: string;
  paymentDueBy: string | null;
  paidAt: string | null;
  /** What a refund may still take, in cents. */
  refundable: number;
  timeline: OrderEvent[];
  shipments: OrderShipment[];
  returns: OrderReturn[];
  downloads: Array<{ sku: string; title: string; url: string; expiresAt: string | null; downloadsLeft: number }>;
}

const orderPath = (id: string) => `/admin/orders/${encodeURIComponent(id)}`;

export const listOrders = (query: OrderListQuery) => adminRequest<{ items: OrderRow[]; nextCursor: string | null }>('GET', '/admin/orders', undefined, { ...query });

export const getOrder = (id: string) => adminRequest<AdminOrder>('GET', orderPath(id));

export const shipShipment = (orderId: string, shipmentId: string, body: { carrier: string; trackingNumber: string }) =>
  adminRequest<{ shipment: unknown }>('POST', `${orderPath(orderId)}/shipments/${encodeURIComponent(shipmentId)}/ship`, body);

export const refundOrder = (orderId: string, body: { amount: number; reason: string }) =>
  adminRequest<{ refundId: string; refundable: number }>('POST', `${orderPath(orderId)}/refunds`, body);

/** An invoice or credit note with a link signed for five minutes. */
export interface OrderDocument {
  kind: 'invoice' | 'credit_note';
  number: string;
  issuedAt: string;
  /** Cents incl. VAT: invoiced, or given back. */
  total: number;
  url: string;
}

export const getOrderDocuments = (orderId: string) => adminRequest<{ documents: OrderDocument[]; preparing: boolean }>('GET', `${orderPath(orderId)}/invoices`);

/** A new guest link for the order, emailed to the customer; every earlier link stops working. */
export const rotateOrderLink = (orderId: string) => adminRequest<{ token: string; url: string; emailedTo: string }>('POST', `${orderPath(orderId)}/token/rotate`);

export const cancelOrder = (orderId: string, body: { reason: string }) => adminRequest<{ refunded: number }>('POST', `${orderPath(orderId)}/cancel`, body);

export const decideReturn = (orderId: string, returnId: string, action: ReturnAction, note?: string) =>
  adminRequest<{ return: { id: string; status: ReturnStatus } }>('POST', `${orderPath(orderId)}/returns/${encodeURIComponent(returnId)}/${action}`, note ? { note } : {});
