import * as z from 'zod/mini';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { decide, receive } from '#shared/fulfilment/returns.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { loadPaymentConfig } from '#shared/payments/payment-config.ts';

const payments = await loadPaymentConfig();
const params = z.object({
  id: z.string().check(z.regex(/^[\w-]{10,40}$/)),
  returnId: z.string().check(z.regex(/^[0-9a-f]{12}$/)),
  action: z.enum(['approve', 'reject', 'receive']),
});
const body = z.strictObject({ note: z.optional(z.string().check(z.trim(), z.maxLength(500))) });

/** The merchant approves or rejects a return, then marks it received (restock and refund). */
export const handler = httpHandler({ access: 'merchant', params, body }, async ({ params, body }) => {
  const deps = await fulfilmentDeps();
  const result =
    params.action === 'receive'
      ? await receive(params.id, params.returnId, { ...deps, payments })
      : await decide(params.id, params.returnId, params.action === 'approve' ? 'approved' : 'rejected', body.note, deps);
  return ok({ return: { id: result.id, status: result.status } });
});
