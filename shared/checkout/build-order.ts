/** Turns a priced cart and the shopper's choices into an order awaiting payment (pure). */
import type { Cart } from '#shared/domain/carts/model.ts';
import type { Address } from '#shared/schemas/address.ts';
import { newAccessToken, orderIdFor, orderNumber, paymentWindowMinutes, type Order } from '#shared/domain/orders/model.ts';
import type { Locale } from '#shared/domain/catalog/model.ts';
import { emailHash, type PricedCart } from './price-cart.ts';

export interface OrderChoices {
  email: string;
  customerSub?: string;
  locale: Locale;
  shippingAddress?: Address;
  perEmailLimit?: number;
}

export const buildOrder = (cart: Cart, pricing: PricedCart, choices: OrderChoices, now: Date): Order => {
  const lines = pricing.lines.map((line) => ({
    sku: line.sku,
    productId: line.productId,
    title: line.title,
    options: line.options,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    vatRate: line.vatRate,
    digital: line.digital,
  }));
  const discount = pricing.discount?.ok ? pricing.discount.code : undefined;
  const { totals } = pricing;
  return {
    id: orderIdFor(cart.id, cart.version),
    number: orderNumber(now),
    status: 'pending_payment',
    cartId: cart.id,
    email: choices.email,
    ...(choices.customerSub ? { customerSub: choices.customerSub } : {}),
    locale: choices.locale,
    lines,
    totals: { subtotal: totals.subtotal, discount: totals.discount, shipping: totals.shipping, total: totals.total, vat: totals.vat },
    ...(pricing.delivery.selected
      ? { delivery: { method: pricing.delivery.selected.method, price: pricing.delivery.selected.price, estimate: pricing.delivery.selected.estimate } }
      : {}),
    ...(choices.shippingAddress ? { shippingAddress: choices.shippingAddress as Record<string, string> } : {}),
    ...(discount ? { discountCode: discount } : {}),
    ...(discount
      ? { discountUse: { code: discount, emailHash: emailHash(choices.email), ...(choices.perEmailLimit !== undefined ? { perEmailLimit: choices.perEmailLimit } : {}) } }
      : {}),
    accessToken: newAccessToken(),
    payment: {},
    createdAt: now.toISOString(),
    paymentDueBy: new Date(now.getTime() + paymentWindowMinutes * 60_000).toISOString(),
    version: 1,
  };
};
