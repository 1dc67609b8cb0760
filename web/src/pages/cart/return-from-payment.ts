/**
 * What the cart page does when the shopper arrives from outside: back from the payment page
 * (declined or abandoned: the pending order is reopened as a cart), from a reminder email, or from
 * the email confirming reminders.
 */
import { confirmReminders, reopenOrder, restoreCart } from '../../api/carts.ts';
import { ApiError } from '../../api/client.ts';
import { adoptCart } from '../../cart/cart-store.ts';

export type ArrivalNotice =
  | { kind: 'declined' | 'abandoned' | 'restored' | 'reminders_confirmed' }
  | { kind: 'already_paid'; orderHref: string }
  | { kind: 'error'; error: unknown };

export interface Arrival {
  order?: string | undefined;
  token?: string | undefined;
  declined?: string | undefined;
  abandoned?: string | undefined;
  restore?: string | undefined;
  confirm?: string | undefined;
}

export const handleArrival = async (arrival: Arrival): Promise<ArrivalNotice | undefined> => {
  if (arrival.confirm) {
    try {
      const { cartId } = await confirmReminders(arrival.confirm);
      if (cartId) await adoptCart(cartId);
      return { kind: 'reminders_confirmed' };
    } catch (error) {
      return { kind: 'error', error };
    }
  }
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
    return { kind: 'error', error };
  }
};
