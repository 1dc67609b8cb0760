import * as z from 'zod/mini';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { refundOrder } from '#shared/fulfilment/refunds.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { loadPaymentConfig } from '#shared/payments/payment-config.ts';

const payments = await loadPaymentConfig();
const params = z.object({ id: z.string().check(z.regex(/^[\w-]{10,40}$/)) });
const body = z.strictObject({
  amount: z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000)),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});

/** A full or partial refund through the payment gateway; never more than was paid minus earlier refunds (422). */
export const handler = httpHandler({ access: 'merchant', params, body }, async ({ params, body }) =>
  ok(await refundOrder(params.id, body.amount, body.reason, { ...(await fulfilmentDeps()), payments })),
);
