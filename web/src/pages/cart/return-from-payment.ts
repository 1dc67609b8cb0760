/**
 * What the cart page does when the shopper arrives from outside: back from the payment page
 * (declined or abandoned: the pending order is reopened as a cart) or from a reminder email.
 */
import { reopenOrder, restoreCart } from '../../api/carts.ts';
import { ApiError } from '../../api/client.ts';
import { getOrder } from '../../api/orders.ts';
import type { Locale } from '../../api/types.ts';
import { addToCart, adoptCart, forgetCart } from '../../cart/cart-store.ts';

export type ArrivalNotice =
  | { kind: 'declined' | 'abandoned' | 'restored' }
  | { kind: 'already_paid'; orderHref: string }
  | { kind: 'error'; error: unknown };

export interface Arrival {
  order?: string | undefined;
  token?: string | undefined;
  declined?: string | undefined;
  abandoned?: string | undefined;
  restore?: string | undefined;
}

/** Before the reopen route exists (contract A), the order's lines are put in a new cart; its stock is released when the order expires. */
const rebuildFromOrder = async (orderId: string, token: string, locale: Locale): Promise<void> => {
  const order = await getOrder(orderId, token);
  forgetCart();
  for (const line of order.lines) await addToCart(line.sku, line.quantity, locale);
};

export const handleArrival = async (arrival: Arrival, locale: Locale): Promise<ArrivalNotice | undefined> => {
  if (arrival.restore) {
    try {
      const { cartId } = await restoreCart(arrival.restore);
      await adoptCart(cartId);
      return { kind: 'restored' };
    } catch (error) {
      return { kind: 'error', error };
    }
  }
  if (!arrival.order || !arrival.token) return undefined;
  const kind = arrival.declined ? 'declined' : 'abandoned';
  try {
    const { cartId } = await reopenOrder(arrival.order, arrival.token);
    await adoptCart(cartId);
    return { kind };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'order_already_paid') {
      return { kind: 'already_paid', orderHref: `/commande/${encodeURIComponent(arrival.order)}?token=${encodeURIComponent(arrival.token)}` };
    }
    if (error instanceof ApiError && error.code === 'route_not_found') {
      try {
        await rebuildFromOrder(arrival.order, arrival.token, locale);
        return { kind };
      } catch (fallbackError) {
        return { kind: 'error', error: fallbackError };
      }
    }
    return { kind: 'error', error };
  }
};
