/** Carts: created empty, changed line by line, priced live; restored from a reminder link. */
import * as z from 'zod/mini';
import { addLineInput, cartIdParams, cartLineParams, cartViewQuery, createCartInput, setQuantityInput, updateCartInput } from '#shared/schemas/cart-input.ts';
import { linkTokenBody } from '#shared/schemas/link-token.ts';
import { continuedCart, cartView } from './views.ts';
import type { ContractTable } from './types.ts';

const cart = (description: string) => ({ description, body: cartView });
const noCart = { description: 'No open cart has this id (`cart_not_found`).' };

export const cartContracts = {
  'POST /api/carts': {
    summary: 'Create an empty cart',
    request: { body: createCartInput },
    responses: { 201: { ...cart('The new cart; keep its id.'), headers: { location: { description: 'The cart’s URL.', schema: z.string() } } } },
  },
  'GET /api/carts/{id}': {
    summary: 'Read a cart, priced for a destination and delivery method',
    request: { params: cartIdParams, query: cartViewQuery },
    responses: { 200: cart('The cart.'), 404: noCart },
  },
  'PATCH /api/carts/{id}': {
    summary: 'Set the email, language, reminder consent or discount code',
    request: { params: cartIdParams, body: updateCartInput },
    responses: { 200: cart('The changed cart.'), 404: noCart, 409: { description: 'The cart was checked out meanwhile.' }, 422: { description: 'The discount code cannot be used (its reason in `error.code`).' } },
  },
  'POST /api/carts/{id}/lines': {
    summary: 'Add a SKU (or more of it)',
    request: { params: cartIdParams, body: addLineInput },
    responses: { 200: cart('The cart with the line.'), 404: { description: 'No such cart or SKU.' }, 409: { description: 'Not enough stock (`out_of_stock`), or the cart is full or checked out.' } },
  },
  'PATCH /api/carts/{id}/lines/{sku}': {
    summary: 'Set a line’s quantity (0 removes it)',
    request: { params: cartLineParams, body: setQuantityInput },
    responses: { 200: cart('The changed cart.'), 404: { description: 'No such cart or line.' }, 409: { description: 'Not enough stock, or the cart was checked out.' } },
  },
  'DELETE /api/carts/{id}/lines/{sku}': {
    summary: 'Remove a line',
    request: { params: cartLineParams },
    responses: { 200: cart('The cart without the line.'), 404: noCart, 409: { description: 'The cart was checked out.' } },
  },
  'POST /api/carts/restore': {
    summary: 'Open the cart of a reminder link',
    request: { body: linkTokenBody },
    responses: { 200: { description: 'The cart to continue with.', body: continuedCart }, 409: { description: 'The cart was checked out (`cart_converted`).' }, 410: { description: 'The cart expired (`cart_expired`).' } },
  },
  'POST /api/carts/confirm-reminders': {
    summary: 'Confirm reminders for a cart (double opt-in link)',
    request: { body: linkTokenBody },
    responses: {
      200: { description: 'Confirmed; the cart when it still holds the address.', body: z.object({ confirmed: z.literal(true), cartId: z.optional(z.string()), cart: z.optional(cartView) }) },
    },
  },
} satisfies ContractTable;
