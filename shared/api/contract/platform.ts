/**
 * The shop's small routes: settings, invoices, downloads, unsubscribe, sign-in settings, health,
 * the signed webhooks of Stripe and carriers, this document and the JSON 404 of unknown paths.
 */
import * as z from 'zod/mini';
import { carrierParams } from '#shared/schemas/carrier-webhook.ts';
import { linkTokenQuery } from '#shared/schemas/link-token.ts';
import { downloadTokenParams, orderIdParams, orderTokenQuery } from '#shared/schemas/order-input.ts';
import { settingsInput } from '#shared/schemas/settings-input.ts';
import { cents, guestLinkExpired, named } from './common.ts';
import type { ContractTable, ResponseContract } from './types.ts';

const redirect = (description: string): ResponseContract => ({ description, headers: { location: { description: 'Where to go.', schema: z.string() } } });

/** The shopper's view of the settings: the storefront shows it as is. */
const shopperSettings = z.object({
  shopName: z.string(),
  supportEmail: z.nullable(z.string()),
  legal: z.looseObject({}),
  returnWindowDays: z.number().check(z.int()),
  delivery: z.object({ methods: z.array(z.looseObject({ id: z.string() })), storeAddress: z.string() }),
  /** Null until the merchant first saves them (the defaults apply). */
  updatedAt: z.nullable(z.string()),
});

/** The whole settings document (every delivery method, enabled or not), with its version. */
const merchantSettings = named('ShopSettings', z.looseObject({ shopName: z.string(), supportEmail: z.nullable(z.string()), legal: z.looseObject({}), returnWindowDays: z.number().check(z.int()), delivery: z.looseObject({ methods: z.array(z.looseObject({ id: z.string(), enabled: z.boolean() })) }) }));

const documents = z.object({
  documents: z.array(z.object({ kind: z.enum(['invoice', 'credit_note']), number: z.string(), issuedAt: z.string(), total: cents, url: z.string() })),
  /** True while a document is still being drawn: ask again in a few seconds. */
  preparing: z.boolean(),
});

const poolSettings = z.object({ region: z.string(), userPoolId: z.string(), clientId: z.string(), endpoint: z.string() });
const received = z.object({ received: z.literal(true), outcome: z.string() });
const noOrder = { description: 'No such order for this token or account.' };

export const platformContracts = {
  'GET /api/settings': {
    summary: 'The shop’s public settings: name, legal details, return window, delivery rates',
    responses: { 200: { description: 'The settings (cacheable 30 s).', body: z.object({ settings: shopperSettings }) } },
  },
  'GET /api/admin/settings': {
    summary: 'The whole settings document, to edit',
    responses: { 200: { description: 'The settings.', body: z.object({ settings: merchantSettings }) } },
  },
  'PUT /api/admin/settings': {
    summary: 'Replace the settings (optimistic version)',
    request: { body: settingsInput },
    responses: { 200: { description: 'The saved settings.', body: z.object({ settings: merchantSettings }) }, 409: { description: 'Changed meanwhile (`version_conflict`).' }, 422: { description: 'The settings contradict each other (`details`).' } },
  },
  'GET /api/orders/{id}/invoices': {
    summary: 'An order’s invoice and credit notes (guest token)',
    request: { params: orderIdParams, query: orderTokenQuery },
    responses: { ...guestLinkExpired, 200: { description: 'Documents with short-lived links.', body: documents }, 404: noOrder },
  },
  'GET /api/orders/{id}/invoice': {
    summary: 'Open the order’s invoice PDF (the confirmation email’s link)',
    request: { params: orderIdParams, query: orderTokenQuery },
    responses: { ...guestLinkExpired,
      302: redirect('To a short-lived signed link to the PDF.'),
      202: { description: 'Still being drawn: a page that says so and reloads itself.', contentType: 'text/html', body: z.string(), headers: { 'retry-after': { description: 'Seconds before trying again.', schema: z.string() } } },
      404: { description: 'No such order for this token, or it was never paid (`invoice_not_found`).' },
    },
  },
  'GET /api/account/orders/{id}/invoices': {
    summary: 'An account order’s invoice and credit notes',
    request: { params: orderIdParams },
    responses: { 200: { description: 'Documents with short-lived links.', body: documents }, 404: noOrder },
  },
  'GET /api/admin/orders/{id}/invoices': {
    summary: 'An order’s invoice and credit notes, for the merchant',
    request: { params: orderIdParams },
    responses: { 200: { description: 'Documents with short-lived links.', body: documents }, 404: noOrder },
  },
  'GET /api/downloads/{token}': {
    summary: 'Download a paid digital file (counted)',
    request: { params: downloadTokenParams },
    responses: { 302: redirect('To a short-lived signed link to the file.'), 404: { description: 'Unknown token.' }, 410: { description: 'The link expired or has no download left (renew it from the order).' } },
  },
  'GET /api/unsubscribe': {
    summary: 'Stop every reminder and invitation to an address (link opened directly)',
    request: { query: linkTokenQuery },
    responses: { 200: { description: 'Done (repeating changes nothing).', body: z.object({ unsubscribed: z.literal(true) }) } },
  },
  'POST /api/unsubscribe': {
    summary: 'One-click unsubscribe (RFC 8058)',
    request: { query: linkTokenQuery },
    responses: { 200: { description: 'Done (repeating changes nothing).', body: z.object({ unsubscribed: z.literal(true) }) } },
  },
  'GET /api/auth/config': {
    summary: 'The merchants’ user pool sign-in settings (admin pages)',
    responses: { 200: { description: 'Public values (cacheable 5 min).', body: poolSettings } },
  },
  'GET /api/auth/shoppers': {
    summary: 'The shoppers’ user pool sign-in settings (storefront account pages)',
    responses: { 200: { description: 'Public values (cacheable 5 min).', body: poolSettings } },
  },
  'GET /api/admin/session': {
    summary: 'Confirm a merchant session',
    responses: { 200: { description: 'The merchant.', body: z.object({ sub: z.string(), email: z.nullable(z.string()), groups: z.array(z.string()) }) } },
  },
  'GET /api/health': {
    summary: 'Whether the table, queues, email and auth are reachable',
    responses: {
      200: { description: 'Everything answers.', body: named('Health', z.object({ status: z.enum(['ok', 'degraded']), checks: z.record(z.string(), z.object({ status: z.enum(['up', 'down']), latencyMs: z.number(), error: z.optional(z.string()) })) })) },
      503: { description: 'Something does not answer; `checks` says what.', body: z.object({ status: z.enum(['ok', 'degraded']), checks: z.record(z.string(), z.object({ status: z.enum(['up', 'down']), latencyMs: z.number(), error: z.optional(z.string()) })) }) },
    },
  },
  'POST /api/webhooks/stripe': {
    summary: 'Stripe’s signed events (payments, expiries, refunds)',
    description: 'Raw body verified against the `Stripe-Signature` header; each event id is handled once.',
    responses: { 200: { description: 'Handled, or already handled.', body: received }, 400: { description: 'Bad signature (`invalid_signature`).' }, 409: { description: 'The same event is being handled right now; Stripe retries.' } },
  },
  'POST /api/webhooks/carriers/sendcloud': {
    summary: 'Sendcloud’s signed tracking updates',
    responses: { 200: { description: 'Applied, or ignored with the reason in `outcome`.', body: received }, 400: { description: 'Not JSON, or not a parcel update.' }, 401: { description: 'Bad signature.' }, 404: { description: 'Sendcloud is not configured.' } },
  },
  'POST /api/webhooks/carriers/{carrier}': {
    summary: 'Another carrier’s signed tracking updates (HMAC of timestamp and body)',
    request: { params: carrierParams },
    responses: { 200: { description: 'Applied, or ignored with the reason in `outcome`.', body: received }, 401: { description: 'Bad or stale signature.' }, 404: { description: 'No such carrier is configured (`carrier_not_found`).' } },
  },
  'GET /api/openapi.json': {
    summary: 'This document',
    responses: { 200: { description: 'The OpenAPI 3.1 document (cacheable).', body: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }) } },
  },
  'ANY /api/{proxy+}': {
    summary: 'Any other /api path: a JSON 404',
    responses: { 404: { description: 'No route for this method and path (`route_not_found`).' } },
  },
} satisfies ContractTable;
