import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { refundOrder } from '#shared/fulfilment/refunds.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderIdParams as params, refundInput as body } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';
import { loadPaymentConfig } from '#shared/payments/payment-config.ts';

const payments = await loadPaymentConfig();

/** A full or partial refund through the payment gateway; never more than was paid minus earlier refunds (422). */
export const handler = httpHandler({ access: 'merchant', params, body }, async ({ params, body }) =>
  ok(await refundOrder(params.id, body.amount, body.reason, { ...(await fulfilmentDeps()), payments })),
);
