import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { decide, receive } from '#shared/fulfilment/returns.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { returnDecisionInput as body, returnDecisionParams as params } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';
import { loadPaymentConfig } from '#shared/payments/payment-config.ts';

const payments = await loadPaymentConfig();

/** The merchant approves or rejects a return, then marks it received (restock and refund). */
export const handler = httpHandler({ access: 'merchant', params, body }, async ({ params, body }) => {
  const deps = await fulfilmentDeps();
  const result =
    params.action === 'receive'
      ? await receive(params.id, params.returnId, { ...deps, payments })
      : await decide(params.id, params.returnId, params.action === 'approve' ? 'approved' : 'rejected', body.note, deps);
  return ok({ return: { id: result.id, status: result.status } });
});
