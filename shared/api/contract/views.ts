/** Views several route groups answer with: the priced cart and the order's tracking page. */
import * as z from 'zod/mini';
import { orderStatuses } from '#shared/domain/orders/model.ts';
import { cents, deliveryEstimate, image, isoDate, locale, named } from './common.ts';

const vatLine = z.object({ rate: z.number().check(z.int()), base: cents, amount: cents });
const deliveryQuote = z.object({ method: z.string(), name: z.string(), price: cents, estimate: deliveryEstimate });

export const cartView = named(
  'Cart',
  z.object({
    id: z.string(),
    version: z.number().check(z.int()),
    status: z.string(),
    locale,
    email: z.nullable(z.string()),
    reminderConsent: z.boolean(),
    reminders: z.enum(['off', 'awaiting_confirmation', 'on']),
    lines: z.array(
      z.object({
        sku: z.string(),
        slug: z.string(),
        title: z.string(),
        image: z.nullable(image),
        options: z.record(z.string(), z.string()),
        quantity: z.number().check(z.int()),
        unitPrice: cents,
        compareAtPrice: z.optional(cents),
        lineTotal: cents,
        vatRate: z.number().check(z.int()),
        digital: z.boolean(),
        available: z.nullable(z.number().check(z.int())),
        problem: z.optional(z.enum(['unavailable', 'insufficient_stock'])),
      }),
    ),
    totals: z.object({ subtotal: cents, discount: cents, shipping: cents, total: cents, vat: z.array(vatLine), weightGrams: z.number(), digitalOnly: z.boolean() }),
    delivery: z.object({ required: z.boolean(), options: z.array(deliveryQuote), selected: z.nullable(deliveryQuote) }),
    discount: z.nullable(
      z.union([
        z.object({ code: z.string(), ok: z.literal(true), amount: cents, freeShipping: z.boolean() }),
        z.object({ code: z.string(), ok: z.literal(false), reason: z.string(), details: z.optional(z.record(z.string(), z.union([z.number(), z.string()]))) }),
      ]),
    ),
  }),
  'A cart priced live: every price is the catalog’s at the time of the request, in cents.',
);

/** Routes that hand back a cart to continue with. */
export const continuedCart = z.object({ cartId: z.string(), cart: cartView });

const orderLine = z.object({
  sku: z.string(),
  productId: z.string(),
  title: z.string(),
  options: z.record(z.string(), z.string()),
  quantity: z.number().check(z.int()),
  unitPrice: cents,
  vatRate: z.number().check(z.int()),
  digital: z.boolean(),
  lineTotal: cents,
});

const skuQuantity = z.object({ sku: z.string(), quantity: z.number().check(z.int()) });

export const orderTracking = named(
  'OrderTracking',
  z.object({
    id: z.string(),
    number: z.string(),
    status: z.enum(orderStatuses),
    /** Absent once the buyer's personal data was erased (the merchant may still open the order). */
    email: z.optional(z.string()),
    locale,
    lines: z.array(orderLine),
    totals: z.object({ subtotal: cents, discount: cents, shipping: cents, total: cents, vat: z.array(vatLine) }),
    delivery: z.nullable(z.object({ method: z.string(), price: cents, estimate: z.object({ from: isoDate, to: isoDate }) })),
    shippingAddress: z.nullable(z.record(z.string(), z.string())),
    discountCode: z.nullable(z.string()),
    createdAt: z.string(),
    paymentDueBy: z.nullable(z.string()),
    paidAt: z.nullable(z.string()),
    /** Events carry fields of their own kind (carrier, amount, reason…). */
    timeline: z.array(z.looseObject({ at: z.string(), kind: z.string() })),
    shipments: z.array(
      z.object({
        id: z.string(),
        status: z.string(),
        carrier: z.nullable(z.string()),
        trackingNumber: z.nullable(z.string()),
        trackingUrl: z.nullable(z.string()),
        lines: z.array(skuQuantity),
        updatedAt: z.string(),
      }),
    ),
    returns: z.array(
      z.object({
        id: z.string(),
        status: z.string(),
        lines: z.array(z.object({ sku: z.string(), productId: z.string(), quantity: z.number().check(z.int()), unitPrice: cents })),
        reason: z.string(),
        note: z.nullable(z.string()),
        createdAt: z.string(),
      }),
    ),
    downloads: z.array(z.object({ sku: z.string(), title: z.string(), url: z.string(), expiresAt: z.nullable(z.string()), downloadsLeft: z.number().check(z.int()) })),
  }),
  'An order as its buyer sees it: lines, totals, delivery, timeline, shipments, returns and download links.',
);
