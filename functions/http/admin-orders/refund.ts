import * as z from 'zod/mini';
import { sendEmail } from '#shared/clients/email.ts';
import { readEnv } from '#shared/config/env.ts';
import { refundOrder } from '#shared/fulfilment/refunds.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { loadPaymentConfig } from '#shared/payments/payment-config.ts';

const env = readEnv(z.object({ SHOP_URL: z.url(), EMAIL_FROM: z.string().check(z.minLength(3)), SHOP_NAME: z.optional(z.string()), SUPPORT_EMAIL: z.optional(z.string()) }));
const payments = await loadPaymentConfig();
const params = z.object({ id: z.string().check(z.regex(/^[\w-]{10,40}$/)) });
const body = z.strictObject({
  amount: z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000)),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});

/** A full or partial refund through the payment gateway; never more than was paid minus earlier refunds (422). */
export const handler = httpHandler({ access: 'merchant', params, body }, async ({ params, body }) =>
  ok(
    await refundOrder(params.id, body.amount, body.reason, {
      now: new Date(),
      payments,
      shop: { shopName: env.SHOP_NAME ?? 'La Boutique', shopUrl: env.SHOP_URL, supportEmail: env.SUPPORT_EMAIL ?? env.EMAIL_FROM, emailFrom: env.EMAIL_FROM },
      send: sendEmail,
    }),
  ),
);
