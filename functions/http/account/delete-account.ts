import { deleteShopper } from '#shared/clients/shopper-pool.ts';
import { gatherCustomerData } from '#shared/data/customer-data-repository.ts';
import { applyErasure } from '#shared/data/erasure-repository.ts';
import { newAccessToken } from '#shared/domain/orders/model.ts';
import { planErasure } from '#shared/domain/privacy/erasure-plan.ts';
import { ordersInProgress } from '#shared/domain/privacy/in-progress.ts';
import { ConflictError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { deleteAccountInput as body } from '#shared/schemas/account-input.ts';
import { identityOf } from './identity-of.ts';


/**
 * Deletes the signed-in account (GDPR erasure): refused with 409 while an order is under way;
 * otherwise its personal data is erased from the table (what accounting law keeps stays, see the
 * erasure plan), then the user is deleted from the shoppers' pool. Calling again after a failure
 * part-way finishes the job; after success it changes nothing.
 */
export const handler = httpHandler({ access: 'customer', body }, async ({ principal }) => {
  const data = await gatherCustomerData(identityOf(principal));
  const busy = ordersInProgress(data.orders);
  if (busy.length) {
    throw new ConflictError('orders_in_progress', 'Some orders are still under way: the account can be deleted once they are delivered, returned or refunded.', { orders: busy });
  }
  await applyErasure(planErasure(data, { now: new Date().toISOString(), newToken: newAccessToken }));
  await deleteShopper(principal.sub);
  return ok({ deleted: true, orders: data.orders.length, reviews: data.reviews.length });
});
