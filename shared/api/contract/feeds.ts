/** ERP feeds: orders and stock changed since a moment, paged by cursor. */
import * as z from 'zod/mini';
import { domainEventNames } from '#shared/domain/events/domain-event.ts';
import { orderStatuses } from '#shared/domain/orders/model.ts';
import { feedQuery } from '#shared/schemas/feed-input.ts';
import { cents, named } from './common.ts';
import type { ContractTable } from './types.ts';

const count = z.number().check(z.int());
const page = {
  cursor: z.string(),
  hasMore: z.boolean(),
};
const pageDescription = 'Changes in the order the shop recorded them. Call again with `cursor` at once while `hasMore`, later otherwise (the feed lags 5 s behind now).';

const erpOrder = named(
  'ErpOrder',
  z.object({
    id: z.string(),
    number: z.string(),
    status: z.enum(orderStatuses),
    email: z.nullable(z.string()),
    locale: z.enum(['fr', 'en']),
    currency: z.literal('EUR'),
    lines: z.array(
      z.object({
        sku: z.string(),
        productId: z.string(),
        title: z.object({ fr: z.string(), en: z.string() }),
        options: z.record(z.string(), z.string()),
        quantity: count,
        unitPrice: cents,
        vatRate: count,
        digital: z.boolean(),
      }),
    ),
    totals: z.object({ subtotal: cents, discount: cents, shipping: cents, total: cents, vat: z.array(z.object({ rate: count, base: cents, amount: cents })) }),
    delivery: z.nullable(z.object({ method: z.string(), price: cents, estimate: z.object({ from: z.string(), to: z.string() }) })),
    shippingAddress: z.nullable(z.record(z.string(), z.string())),
    discountCode: z.nullable(z.string()),
    paymentIntentId: z.nullable(z.string()),
    amountRefunded: cents,
    createdAt: z.string(),
    paidAt: z.nullable(z.string()),
    cancelledAt: z.nullable(z.string()),
  }),
  'An order as it stands now: lines with unit prices incl. VAT (cents) and VAT rates (basis points), totals, delivery, payment reference.',
);

export const feedContracts = {
  'GET /api/admin/feeds/orders': {
    summary: 'Orders changed since a moment (ERP feed)',
    description: 'Every order change (placed, paid, cancelled, shipped, delivered, refunded, return requested/received) since `since`, each with the order as it stands now.',
    request: { query: feedQuery },
    responses: {
      200: {
        description: pageDescription,
        body: z.object({
          items: z.array(
            z.object({ eventId: z.string(), change: z.enum(domainEventNames), changedAt: z.string(), recordedAt: z.string(), orderId: z.string(), order: z.nullable(erpOrder) }),
          ),
          ...page,
        }),
      },
    },
  },
  'GET /api/admin/feeds/stock': {
    summary: 'Stock levels changed since a moment (ERP feed)',
    request: { query: feedQuery },
    responses: {
      200: {
        description: pageDescription,
        body: z.object({
          items: z.array(z.object({ eventId: z.string(), changedAt: z.string(), recordedAt: z.string(), sku: z.string(), productId: z.string(), stock: count, previous: z.nullable(count) })),
          ...page,
        }),
      },
    },
  },
} satisfies ContractTable;
