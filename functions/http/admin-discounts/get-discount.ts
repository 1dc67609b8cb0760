import { countDiscountEmails, getDiscountRecord } from '#shared/data/discount-repository.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { discountCodeParams } from '#shared/schemas/discount-input.ts';
import { presentDiscount } from './present-discount.ts';

/** One code with its use count and, for codes limited per email, how many distinct emails used it. */
export const handler = httpHandler({ access: 'merchant', params: discountCodeParams }, async ({ params }) => {
  const discount = await getDiscountRecord(params.code);
  if (!discount) throw new NotFoundError(`No discount code ${params.code}.`, 'discount_not_found');
  const distinctEmails = await countDiscountEmails(discount);
  return ok({ discount: { ...presentDiscount(discount, new Date()), distinctEmails } });
});
