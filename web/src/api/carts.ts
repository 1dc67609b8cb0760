import { apiRequest } from './client.ts';
import type { Cart, DeliveryMethodId, Locale } from './types.ts';

const path = (cartId: string) => `/carts/${encodeURIComponent(cartId)}`;

/** How a cart is priced for display: destination country and delivery method. */
export interface CartView {
  country?: string;
  delivery?: DeliveryMethodId;
  locale?: Locale;
}

export const createCart = (locale: Locale) => apiRequest<Cart>('POST', '/carts', { locale });

export const getCart = (cartId: string, view: CartView = {}) => apiRequest<Cart>('GET', path(cartId), undefined, { ...view });

export const addLine = (cartId: string, sku: string, quantity: number) => apiRequest<Cart>('POST', `${path(cartId)}/lines`, { sku, quantity });

export const setLineQuantity = (cartId: string, sku: string, quantity: number) =>
  apiRequest<Cart>('PATCH', `${path(cartId)}/lines/${encodeURIComponent(sku)}`, { quantity });

export const removeLine = (cartId: string, sku: string) => apiRequest<Cart>('DELETE', `${path(cartId)}/lines/${encodeURIComponent(sku)}`);

export interface CartChanges {
  email?: string;
  locale?: Locale;
  reminderConsent?: boolean;
  /** `null` removes the code. */
  discountCode?: string | null;
}

export const updateCart = (cartId: string, changes: CartChanges) => apiRequest<Cart>('PATCH', path(cartId), changes);

/** Contract A: releases a still-pending order and answers a cart holding its lines. */
export const reopenOrder = (orderId: string, token: string) =>
  apiRequest<{ cartId: string }>('POST', `/orders/${encodeURIComponent(orderId)}/reopen`, { token });

/** Contract B: the cart behind the link of a reminder email. */
export const restoreCart = (token: string) => apiRequest<{ cartId: string }>('POST', '/carts/restore', { token });

/** The double opt-in link of reminders: confirms the address, and answers its cart while it is open. */
export const confirmReminders = (token: string) => apiRequest<{ confirmed: true; cartId?: string }>('POST', '/carts/confirm-reminders', { token });
