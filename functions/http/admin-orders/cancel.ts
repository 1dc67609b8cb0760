import { cancelBeforeShipping } from '#shared/fulfilment/cancel.ts';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { cancelInput as body, orderIdParams as params } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';
import { loadPaymentConfig } from '#shared/payments/payment-config.ts';

const payments = await loadPaymentConfig();

/** Cancels a paid order before shipping: restock, refund what is left, tell the shopper. */
export const handler = httpHandler({ access: 'merchant', params, body }, async ({ params, body }) =>
  ok(await cancelBeforeShipping(params.id, body.reason, { ...(await fulfilmentDeps()), payments })),
);
