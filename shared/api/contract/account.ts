/** The signed-in shopper's account: identity, orders, profile, address book, data export, deletion. */
import * as z from 'zod/mini';
import { orderStatuses } from '#shared/domain/orders/model.ts';
import { accountOrdersQuery, addressParams, deleteAccountInput, profileInput, savedAddressBody } from '#shared/schemas/account-input.ts';
import { cents, isoDateTime, locale, named, nullableCursor } from './common.ts';
import type { ContractTable } from './types.ts';

const profile = named(
  'Profile',
  z.object({
    email: z.nullable(z.string()),
    emailVerified: z.boolean(),
    givenName: z.string(),
    familyName: z.string(),
    locale,
    marketing: z.object({ consent: z.boolean(), at: z.nullable(z.string()), source: z.nullable(z.string()) }),
  }),
);

/** The fields depend on the country (see the address rules); the id and default flag are the book's. */
const savedAddress = named('SavedAddress', z.looseObject({ id: z.string(), isDefault: z.boolean(), firstName: z.string(), lastName: z.string(), line1: z.string(), city: z.string(), country: z.string() }));

const historyEntry = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(orderStatuses),
  createdAt: z.string(),
  total: cents,
  itemCount: z.number().check(z.int()),
  lines: z.array(z.object({ sku: z.string(), title: z.string(), quantity: z.number().check(z.int()) })),
  shipmentStatus: z.optional(z.string()),
});

/** Personal data export (GDPR art. 15 and 20): open-ended records kept as stored. */
const personalData = z.object({
  exportedAt: isoDateTime,
  format: z.number().check(z.int()),
  identity: z.object({ sub: z.string(), email: z.nullable(z.string()), emailVerified: z.boolean(), givenName: z.optional(z.string()), familyName: z.optional(z.string()) }),
  profile: z.nullable(z.looseObject({})),
  addresses: z.array(z.looseObject({})),
  consents: z.array(z.looseObject({ purpose: z.string(), granted: z.boolean(), at: z.string() })),
  orders: z.array(z.looseObject({ orderId: z.string(), number: z.string(), createdAt: z.string(), status: z.string() })),
  reviews: z.array(z.looseObject({})),
  carts: z.array(z.looseObject({})),
  emailPreferences: z.nullable(z.object({ remindersStopped: z.boolean(), since: z.optional(z.string()) })),
});

const noAddress = { description: 'No such address in this book (`address_not_found`).' };

export const accountContracts = {
  'GET /api/account/me': {
    summary: 'Who is signed in',
    responses: { 200: { description: 'The token’s user.', body: z.object({ sub: z.string(), email: z.nullable(z.string()), emailVerified: z.boolean(), isMerchant: z.boolean() }) } },
  },
  'POST /api/account/orders/claim': {
    summary: 'Attach the guest orders placed with the account’s verified email',
    responses: { 200: { description: 'How many orders were attached.', body: z.object({ claimed: z.number().check(z.int()) }) } },
  },
  'GET /api/account/orders': {
    summary: 'The account’s orders, newest first',
    request: { query: accountOrdersQuery },
    responses: { 200: { description: 'A page of orders.', body: z.object({ orders: z.array(historyEntry), nextCursor: nullableCursor }) } },
  },
  'GET /api/account/profile': {
    summary: 'The profile and marketing consent',
    responses: { 200: { description: 'The profile.', body: profile } },
  },
  'PUT /api/account/profile': {
    summary: 'Change the profile and marketing consent',
    request: { body: profileInput },
    responses: { 200: { description: 'The saved profile.', body: profile } },
  },
  'GET /api/account/addresses': {
    summary: 'The saved addresses',
    responses: { 200: { description: 'The address book.', body: z.object({ addresses: z.array(savedAddress) }) } },
  },
  'POST /api/account/addresses': {
    summary: 'Save an address',
    request: { body: savedAddressBody },
    responses: { 201: { description: 'The saved address.', body: z.object({ address: savedAddress }) }, 409: { description: 'The book is full.' }, 422: { description: 'The address does not fit its country’s rules (`details`).' } },
  },
  'PUT /api/account/addresses/{id}': {
    summary: 'Change a saved address',
    request: { params: addressParams, body: savedAddressBody },
    responses: { 200: { description: 'The changed address.', body: z.object({ address: savedAddress }) }, 404: noAddress, 422: { description: 'The address does not fit its country’s rules (`details`).' } },
  },
  'DELETE /api/account/addresses/{id}': {
    summary: 'Delete a saved address',
    request: { params: addressParams },
    responses: { 204: { description: 'Deleted.' }, 404: noAddress },
  },
  'GET /api/account/export': {
    summary: 'Download every personal datum the shop holds about the account',
    responses: { 200: { description: 'The export, as an attachment.', body: personalData, headers: { 'content-disposition': { description: 'attachment; filename="…"', schema: z.string() } } } },
  },
  'DELETE /api/account': {
    summary: 'Delete the account and erase its personal data',
    request: { body: deleteAccountInput },
    responses: { 200: { description: 'Deleted; what was erased.', body: z.object({ deleted: z.literal(true), orders: z.number().check(z.int()), reviews: z.number().check(z.int()) }) }, 409: { description: 'An order is still under way (`orders_in_progress`).' } },
  },
} satisfies ContractTable;
