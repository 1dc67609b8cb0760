/** The merchant's orders (list, detail, shipping, refunds, returns, cancellation), dashboard and discount codes. */
import * as z from 'zod/mini';
import { orderStatuses } from '#shared/domain/orders/model.ts';
import { dashboardQuery } from '#shared/schemas/dashboard-query.ts';
import { createDiscountInput, discountCodeParams, discountTypes, listDiscountsQuery, updateDiscountInput } from '#shared/schemas/discount-input.ts';
import { adminOrdersQuery, cancelInput, orderIdParams, refundInput, returnDecisionInput, returnDecisionParams, shipInput, shipmentParams } from '#shared/schemas/order-input.ts';
import { cents, named, nullableCursor } from './common.ts';
import { orderTracking } from './views.ts';
import type { ContractTable } from './types.ts';

const noOrder = { description: 'No such order (`order_not_found`).' };
const count = z.number().check(z.int());
const localized = z.object({ fr: z.string(), en: z.string() });

const discount = named(
  'Discount',
  z.object({
    code: z.string(),
    type: z.enum(discountTypes),
    value: z.number(),
    minSubtotal: z.nullable(cents),
    startsAt: z.nullable(z.string()),
    endsAt: z.nullable(z.string()),
    usageLimit: z.nullable(count),
    perEmailLimit: z.nullable(count),
    used: count,
    remaining: z.nullable(count),
    active: z.boolean(),
    state: z.string(),
    version: count,
    createdAt: z.nullable(z.string()),
    updatedAt: z.nullable(z.string()),
  }),
);

const awaitingOrder = z.object({ orderId: z.string(), number: z.string(), waitingSince: z.string() });
const figures = z.object({ orders: count, revenue: cents });

export const adminOrderContracts = {
  'GET /api/admin/orders': {
    summary: 'Orders, newest first, by status, date range or buyer email',
    request: { query: adminOrdersQuery },
    responses: {
      200: {
        description: 'A page of orders.',
        body: z.object({
          items: z.array(z.object({ id: z.string(), number: z.string(), status: z.enum(orderStatuses), /** Absent once the buyer's personal data was erased. */ email: z.optional(z.string()), total: cents, items: count, createdAt: z.string(), paidAt: z.nullable(z.string()) })),
          nextCursor: nullableCursor,
        }),
      },
    },
  },
  'GET /api/admin/orders/{id}': {
    summary: 'An order with its history, for the merchant',
    request: { params: orderIdParams },
    responses: { 200: { description: 'The order, the buyer’s email and what can still be refunded.', body: z.extend(orderTracking, { customerEmail: z.optional(z.string()), refundable: cents }) }, 404: noOrder },
  },
  'POST /api/admin/orders/{id}/shipments/{shipmentId}/ship': {
    summary: 'Mark a shipment sent, with its carrier and tracking number',
    request: { params: shipmentParams, body: shipInput },
    responses: {
      200: { description: 'The shipment as recorded.', body: z.object({ shipment: z.looseObject({ id: z.string(), orderId: z.string(), status: z.string(), carrier: z.string(), trackingNumber: z.string(), lines: z.array(z.object({ sku: z.string(), quantity: count })), updatedAt: z.string() }) }) },
      404: { description: 'No such order or shipment.' },
      409: { description: 'Already shipped with another tracking number, or the order is not paid.' },
    },
  },
  'POST /api/admin/orders/{id}/refunds': {
    summary: 'Refund part or all of an order through the payment provider',
    request: { params: orderIdParams, body: refundInput },
    responses: { 200: { description: 'The refund and what is left to refund.', body: z.object({ refundId: z.string(), refundable: cents }) }, 404: noOrder, 409: { description: 'The order is not paid.' }, 422: { description: 'More than is left to refund.' } },
  },
  'POST /api/admin/orders/{id}/cancel': {
    summary: 'Cancel a paid order before shipping: restock, refund, tell the shopper',
    request: { params: orderIdParams, body: cancelInput },
    responses: { 200: { description: 'What was refunded.', body: z.object({ refunded: cents }) }, 404: noOrder, 409: { description: 'Already shipped, cancelled or not paid.' } },
  },
  'POST /api/admin/orders/{id}/returns/{returnId}/{action}': {
    summary: 'Approve, reject or receive a return (receiving restocks and refunds)',
    request: { params: returnDecisionParams, body: returnDecisionInput },
    responses: { 200: { description: 'The return’s new state.', body: z.object({ return: z.object({ id: z.string(), status: z.string() }) }) }, 404: { description: 'No such order or return.' }, 409: { description: 'Not possible from the return’s current state.' } },
  },
  'POST /api/admin/orders/{id}/token/rotate': {
    summary: 'Replace the guest link of an order and email the new one',
    request: { params: orderIdParams },
    responses: { 200: { description: 'The new token, link and the address it was sent to.', body: z.object({ token: z.string(), url: z.string(), emailedTo: z.string() }) }, 404: noOrder },
  },
  'GET /api/admin/dashboard': {
    summary: 'Sales, orders awaiting shipment, low stock and dead-letter queues',
    request: { query: dashboardQuery },
    responses: {
      200: {
        description: 'The figures, each from an index query.',
        body: z.object({
          today: figures,
          last7Days: z.object({ orders: count, revenue: cents, byDay: z.array(z.object({ date: z.string(), orders: count, revenue: cents })) }),
          awaitingShipment: z.object({ count, oldest: z.optional(awaitingOrder), orders: z.array(awaitingOrder) }),
          lowStock: z.array(z.object({ productId: z.string(), title: localized, sku: z.string(), options: z.record(z.string(), z.string()), stock: count })),
          lowStockThreshold: count,
          /** null when the queues could not be read in time. */
          deadLetters: z.nullable(z.array(z.object({ queue: z.string(), messages: count }))),
          generatedAt: z.string(),
        }),
      },
    },
  },
  'GET /api/admin/discounts': {
    summary: 'Discount codes by state',
    request: { query: listDiscountsQuery },
    responses: { 200: { description: 'A page of codes.', body: z.object({ items: z.array(discount), nextCursor: nullableCursor }) } },
  },
  'POST /api/admin/discounts': {
    summary: 'Create a discount code',
    request: { body: createDiscountInput },
    responses: {
      201: { description: 'The new code.', body: z.object({ discount }), headers: { location: { description: 'The code’s admin URL.', schema: z.string() } } },
      409: { description: 'The code exists.' },
      422: { description: 'The terms are out of range or contradict each other (`details` names the field).' },
    },
  },
  'GET /api/admin/discounts/{code}': {
    summary: 'A discount code with its usage',
    request: { params: discountCodeParams },
    responses: {
      200: { description: 'The code and how many addresses used it (null without a per-address limit, when uses are not counted by address).', body: z.object({ discount: z.extend(discount, { distinctEmails: z.nullable(count) }) }) },
      404: { description: 'No such code.' },
    },
  },
  'PATCH /api/admin/discounts/{code}': {
    summary: 'Change a discount code’s terms, or switch it on or off',
    request: { params: discountCodeParams, body: updateDiscountInput },
    responses: { 200: { description: 'The changed code.', body: z.object({ discount }) }, 404: { description: 'No such code.' }, 409: { description: 'The code changed meanwhile (`version_conflict`).' }, 422: { description: 'The terms contradict each other or its usage.' } },
  },
} satisfies ContractTable;
