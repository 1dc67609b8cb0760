import { apiRequest } from './client.ts';
import type { AddressInput, CheckoutResult, DeliveryMethodId, Locale, Order } from './types.ts';

export interface CheckoutInput {
  cartId: string;
  email: string;
  shippingAddress?: AddressInput;
  deliveryMethod?: DeliveryMethodId;
  locale: Locale;
}

/** Reserves the stock and opens the payment page; retrying answers the same order. */
export const checkout = (input: CheckoutInput) => apiRequest<CheckoutResult>('POST', '/checkout', input);

export const getOrder = (orderId: string, token: string, locale?: Locale) => apiRequest<Order>('GET', `/orders/${encodeURIComponent(orderId)}`, undefined, { token, locale });

export const requestReturn = (orderId: string, token: string, lines: Array<{ sku: string; quantity: number }>, reason: string) =>
  apiRequest<{ return: { id: string; status: string } }>('POST', `/orders/${encodeURIComponent(orderId)}/returns?token=${encodeURIComponent(token)}`, { lines, reason });

export const renewDownload = (orderId: string, token: string, sku: string) =>
  apiRequest<RenewedDownload>(
    'POST',
    `/orders/${encodeURIComponent(orderId)}/downloads/${encodeURIComponent(sku)}/renew?token=${encodeURIComponent(token)}`,
  );

export interface RenewedDownload {
  url: string;
  expiresAt: string;
  downloadsLeft: number;
}

/** What the order page's sections may do with an order: through its guest token, or as its signed-in owner. */
export interface OrderActions {
  renewDownload: (sku: string) => Promise<RenewedDownload>;
  requestReturn: (lines: Array<{ sku: string; quantity: number }>, reason: string) => Promise<unknown>;
}

export const guestOrderActions = (orderId: string, token: string): OrderActions => ({
  renewDownload: (sku) => renewDownload(orderId, token, sku),
  requestReturn: (lines, reason) => requestReturn(orderId, token, lines, reason),
});

/** Contract C: stops reminder emails for the address behind the token. */
export const unsubscribe = (token: string) => apiRequest<{ unsubscribed: boolean; email?: string }>('POST', `/unsubscribe?token=${encodeURIComponent(token)}`);
