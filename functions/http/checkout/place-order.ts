import * as z from 'zod/mini';
import { loadCart } from '#shared/checkout/cart-service.ts';
import { buildOrder } from '#shared/checkout/build-order.ts';
import { checkoutHolds, tooManyPending } from '#shared/checkout/holds.ts';
import { priceCart } from '#shared/checkout/price-cart.ts';
import { readEnv } from '#shared/config/env.ts';
import { loadDeliveryConfig } from '#shared/config/shop-settings.ts';
import { getDiscount } from '#shared/data/discount-repository.ts';
import { getCart } from '#shared/data/cart-repository.ts';
import { getOrder, placeOrder, recordPaymentSession } from '#shared/data/order-repository.ts';
import { liveVariants } from '#shared/data/variant-lookup.ts';
import { reservedStock, type Order } from '#shared/domain/orders/model.ts';
import { ConflictError, UnprocessableError, ValidationError, type ErrorDetail } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { json } from '#shared/http/responses.ts';
import { createHostedPayment, paymentReturnUrls } from '#shared/payments/checkout-sessions.ts';
import { validateAddress } from '#shared/schemas/address.ts';
import { checkoutInput } from '#shared/schemas/checkout-input.ts';
import { payments } from './payments.ts';

const env = readEnv(z.object({ SHOP_URL: z.url() }));

/** The order's payment page, its session recorded on the order before the shopper sees it: only that session can pay it. */
const openPayment = async (order: Order) => {
  const hosted = await createHostedPayment(payments, order, paymentReturnUrls(env.SHOP_URL, order), env.SHOP_URL);
  if (order.payment.sessionId === hosted.sessionId || (await recordPaymentSession(order.id, hosted.sessionId))) return hosted;
  // A concurrent retry recorded its session first: answer that one.
  const current = await getOrder(order.id);
  if (!current) throw new ConflictError('cart_changed', 'The cart changed during checkout; review it and retry.');
  return createHostedPayment(payments, current, paymentReturnUrls(env.SHOP_URL, current), env.SHOP_URL);
};

/** Opens (or reopens: same order, same session) the hosted payment page of a pending order. */
const payable = async (order: Order, statusCode: number) => {
  if (order.status !== 'pending_payment') return json(200, { orderId: order.id, orderNumber: order.number, status: order.status, token: order.accessToken });
  const hosted = await openPayment(order);
  return json(statusCode, { orderId: order.id, orderNumber: order.number, status: order.status, paymentUrl: hosted.url, token: order.accessToken });
};

const existingOrder = async (orderId: string | undefined) => {
  const order = orderId ? await getOrder(orderId) : undefined;
  if (!order) throw new ConflictError('cart_changed', 'The cart changed during checkout; review it and retry.');
  return payable(order, 200);
};

/**
 * Checkout: everything is re-priced from the catalog, then ONE transaction reserves the stock of
 * every SKU, counts the discount and the unpaid holds of the client and email, writes the order
 * and converts the cart; the payment page is opened only after it succeeded. Retrying returns the
 * same order and the same payment page.
 */
export const handler = httpHandler({ access: 'public', body: checkoutInput }, async ({ body, principal, event }) => {
  const cart = await loadCart(body.cartId);
  if (cart.status === 'converted') return existingOrder(cart.orderId);
  if (!cart.lines.length) throw new UnprocessableError('cart_empty', 'The cart is empty.');

  const email = body.email ?? cart.email ?? principal?.email;
  const problems: ErrorDetail[] = [];
  if (!email) problems.push({ path: 'body.email', code: 'email.required', message: 'An email address is required.' });
  const now = new Date();
  const address = body.shippingAddress ? validateAddress(body.shippingAddress, 'body.shippingAddress') : undefined;
  if (address && !address.ok) problems.push(...address.details);
  const pricing = await priceCart(cart, {
    delivery: await loadDeliveryConfig(),
    now,
    ...(address?.ok ? { country: address.address.country } : {}),
    ...(body.deliveryMethod ? { deliveryMethod: body.deliveryMethod } : {}),
    ...(email ? { email } : {}),
  });
  if (pricing.delivery.required) {
    if (!body.shippingAddress) problems.push({ path: 'body.shippingAddress', code: 'address.required', message: 'A delivery address is required.' });
    if (!body.deliveryMethod) problems.push({ path: 'body.deliveryMethod', code: 'delivery.required', message: 'Choose a delivery method.' });
    else if (address?.ok && !pricing.delivery.selected) problems.push({ path: 'body.deliveryMethod', code: 'delivery.unavailable', message: 'This delivery method does not serve this address.' });
  }
  if (problems.length) throw new ValidationError('The checkout details are invalid.', problems);

  const unavailable = pricing.lines.filter((line) => line.problem);
  if (unavailable.length) {
    throw new ConflictError('out_of_stock', 'Some items are no longer available in that quantity.', unavailable.map((line) => ({ sku: line.sku, requested: line.quantity, available: line.available ?? 0 })));
  }
  if (pricing.discount && !pricing.discount.ok) throw new UnprocessableError(pricing.discount.reason, `The code ${pricing.discount.code} cannot be used.`, pricing.discount.details);

  const discount = pricing.discount?.ok ? await getDiscount(pricing.discount.code) : undefined;
  const built = buildOrder(
    cart,
    pricing,
    {
      email: email!,
      locale: body.locale ?? cart.locale,
      ...(principal ? { customerSub: principal.sub } : {}),
      ...(address?.ok ? { shippingAddress: address.address } : {}),
      ...(discount?.perEmailLimit !== undefined ? { perEmailLimit: discount.perEmailLimit } : {}),
    },
    now,
  );
  // Unpaid orders holding stock are limited per client and per email, counted in the same transaction.
  const counted = checkoutHolds(event, built.email, reservedStock(built.lines));
  const order: Order = counted ? { ...built, holds: counted.holds } : built;
  const failure = await placeOrder(order, {
    stock: reservedStock(order.lines),
    ...(order.discountUse ? { discount: order.discountUse } : {}),
    cartVersion: cart.version,
    ...(counted ? { holdCounters: counted.counters } : {}),
  });
  if (!failure) return payable(order, 201);
  switch (failure.reason) {
    case 'out_of_stock': {
      const short = reservedStock(order.lines).filter((line) => failure.skus.includes(line.sku));
      const live = await liveVariants(short);
      throw new ConflictError(
        'out_of_stock',
        'Some items are no longer available in that quantity.',
        short.map((line) => ({ sku: line.sku, requested: line.quantity, available: Math.max(0, live.get(line.sku)?.variant.stock ?? 0) })),
      );
    }
    case 'discount_exhausted':
      throw new ConflictError('discount_exhausted', `The code ${order.discountCode} has been used up.`);
    case 'order_exists':
      return existingOrder(order.id);
    case 'cart_changed':
      return existingOrder((await getCart(cart.id))?.orderId);
    case 'too_many_pending':
      throw tooManyPending(failure.refusal);
  }
});
