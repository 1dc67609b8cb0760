import { getOrder } from '#shared/data/order-repository.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderIdParams as params } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';
import { presentDocuments } from '#shared/invoices/present-documents.ts';


/** A signed-in customer's invoice and credit notes for one of their orders; someone else's order answers 404. */
export const handler = httpHandler({ access: 'customer', params }, async ({ params, principal }) => {
  const order = await getOrder(params.id, false);
  if (!order || order.customerSub !== principal.sub) throw new NotFoundError('No such order.', 'order_not_found');
  return ok(await presentDocuments(order));
});
