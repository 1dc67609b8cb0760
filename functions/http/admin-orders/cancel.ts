import * as z from 'zod/mini';
import { cancelBeforeShipping } from '#shared/fulfilment/cancel.ts';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { loadPaymentConfig } from '#shared/payments/payment-config.ts';

const payments = await loadPaymentConfig();
const params = z.object({ id: z.string().check(z.regex(/^[\w-]{10,40}$/)) });
const body = z.strictObject({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) });

/** Cancels a paid order before shipping: restock, refund what is left, tell the shopper. */
export const handler = httpHandler({ access: 'merchant', params, body }, async ({ params, body }) =>
  ok(await cancelBeforeShipping(params.id, body.reason, { ...(await fulfilmentDeps()), payments })),
);
