import { getOrder } from '#shared/data/order-repository.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderIdParams as params } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';
import { presentDocuments } from '#shared/invoices/present-documents.ts';


/** Any order's invoice and credit notes, for the merchant. */
export const handler = httpHandler({ access: 'merchant', params }, async ({ params }) => {
  const order = await getOrder(params.id, false);
  if (!order) throw new NotFoundError('No such order.', 'order_not_found');
  return ok(await presentDocuments(order));
});
