/** An order's page, returns, download renewals and guest link replacement, by guest token or account. */
import * as z from 'zod/mini';
import { localeQuery } from '#shared/schemas/catalog-query.ts';
import { guestOrderQuery, orderIdParams, orderSkuParams, orderTokenQuery, returnRequestInput } from '#shared/schemas/order-input.ts';
import { orderTracking } from './views.ts';
import { guestLinkExpired } from './common.ts';
import type { ContractTable } from './types.ts';

const noOrder = { description: 'No such order for this token or account (`order_not_found`), as if it did not exist.' };
const returnCreated = z.object({ return: z.object({ id: z.string(), status: z.string(), lines: z.array(z.object({ sku: z.string(), quantity: z.number().check(z.int()) })) }) });
const renewed = z.object({ url: z.string(), expiresAt: z.string(), downloadsLeft: z.number().check(z.int()), renewalsLeft: z.number().check(z.int()) });
const returnErrors = {
  404: noOrder,
  409: { description: 'A return is already open for these items, or they were not delivered.' },
  422: { description: 'Outside the return window, or more items than were delivered.' },
};
const renewErrors = { 404: { description: 'No such order, or no download of this SKU in it.' }, 422: { description: 'No renewal left, or the order is not paid.' } };

export const orderContracts = {
  'GET /api/orders/{id}': {
    summary: 'A guest’s order page (token from the order’s links)',
    request: { params: orderIdParams, query: guestOrderQuery },
    responses: { 200: { description: 'The order with its timeline, shipments, returns and downloads.', body: orderTracking }, 404: noOrder, 410: { description: 'The link expired (`order_link_expired`); the order is in the account.' } },
  },
  'GET /api/account/orders/{id}': {
    summary: 'One of the signed-in shopper’s orders',
    request: { params: orderIdParams, query: localeQuery },
    responses: { 200: { description: 'The order.', body: orderTracking }, 404: noOrder },
  },
  'POST /api/orders/{id}/returns': {
    summary: 'Ask to return delivered items (guest token)',
    request: { params: orderIdParams, query: orderTokenQuery, body: returnRequestInput },
    responses: { ...guestLinkExpired, 201: { description: 'The return request, waiting for the merchant.', body: returnCreated }, ...returnErrors },
  },
  'POST /api/account/orders/{id}/returns': {
    summary: 'Ask to return delivered items of an account order',
    request: { params: orderIdParams, body: returnRequestInput },
    responses: { 201: { description: 'The return request, waiting for the merchant.', body: returnCreated }, ...returnErrors },
  },
  'POST /api/orders/{id}/downloads/{sku}/renew': {
    summary: 'A new download link for a digital item (guest token)',
    request: { params: orderSkuParams, query: orderTokenQuery },
    responses: { ...guestLinkExpired, 200: { description: 'The new link and what is left.', body: renewed }, ...renewErrors },
  },
  'POST /api/account/orders/{id}/downloads/{sku}/renew': {
    summary: 'A new download link for a digital item of an account order',
    request: { params: orderSkuParams },
    responses: { 200: { description: 'The new link and what is left.', body: renewed }, ...renewErrors },
  },
  'POST /api/orders/{id}/token/rotate': {
    summary: 'Replace the guest link of an order (the old one stops working)',
    request: { params: orderIdParams, query: orderTokenQuery },
    responses: { ...guestLinkExpired, 200: { description: 'The new token and order URL.', body: z.object({ token: z.string(), url: z.string() }) }, 404: noOrder },
  },
} satisfies ContractTable;
