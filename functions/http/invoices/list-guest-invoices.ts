import { guestOrderFor } from '#shared/checkout/guest-order.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderIdParams as params, orderTokenQuery as query } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';
import { presentDocuments } from '#shared/invoices/present-documents.ts';


/** A guest's invoice and credit notes, with the token from their links; without it the order does not exist (404). */
export const handler = httpHandler({ access: 'public', params, query }, async ({ params, query }) => {
  const order = await guestOrderFor(params.id, query.token);
  return ok(await presentDocuments(order));
});
