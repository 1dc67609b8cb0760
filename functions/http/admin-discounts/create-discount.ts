import { createListedDiscount } from '#shared/data/discount-repository.ts';
import { discountProblems, type DiscountRecord } from '#shared/domain/checkout/discounts.ts';
import { ConflictError, UnprocessableError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { createDiscountInput } from '#shared/schemas/discount-input.ts';
import { presentDiscount } from './present-discount.ts';
import { utcInstant } from './terms.ts';

/** Creates a code (on unless `active: false`); its name must be free (409) and its terms sound (422). */
export const handler = httpHandler({ access: 'merchant', body: createDiscountInput }, async ({ body }) => {
  const { code, active, startsAt, endsAt, ...terms } = body;
  const dates = { ...(startsAt ? { startsAt: utcInstant(startsAt) } : {}), ...(endsAt ? { endsAt: utcInstant(endsAt) } : {}) };
  const problems = discountProblems({ ...terms, ...dates });
  if (problems.length) throw new UnprocessableError('discount_invalid', 'The discount code is invalid.', problems);

  const now = new Date();
  const at = now.toISOString();
  const discount: DiscountRecord & { createdAt: string } = { code, ...terms, ...dates, used: 0, active: active ?? true, version: 1, createdAt: at, updatedAt: at };
  if (!(await createListedDiscount(discount))) throw new ConflictError('discount_code_taken', `The code ${code} already exists.`, { code });
  return created({ discount: presentDiscount(discount, now) }, { location: `/api/admin/discounts/${code}` });
});
