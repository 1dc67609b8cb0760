import { getDiscountRecord, updateDiscount } from '#shared/data/discount-repository.ts';
import { discountProblems } from '#shared/domain/checkout/discounts.ts';
import { ConflictError, NotFoundError, UnprocessableError, ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { discountCodeParams, updateDiscountInput } from '#shared/schemas/discount-input.ts';
import { presentDiscount } from './present-discount.ts';
import { changesFrom } from './terms.ts';

const versionConflict = (currentVersion: number) =>
  new ConflictError('version_conflict', 'The code was changed since you loaded it; reload it and retry.', { currentVersion });

/** Changes a code's terms or switches it on or off; optimistic locking on `version`, uses counted meanwhile are kept. */
export const handler = httpHandler({ access: 'merchant', params: discountCodeParams, body: updateDiscountInput }, async ({ params, body }) => {
  const notFound = () => new NotFoundError(`No discount code ${params.code}.`, 'discount_not_found');
  const current = await getDiscountRecord(params.code);
  if (!current) throw notFound();
  const { version, ...fields } = body;
  if (version !== current.version) throw versionConflict(current.version);
  const changes = changesFrom(fields);
  if (!Object.keys(changes).length) throw new ValidationError('Nothing to change.', [{ path: 'body', code: 'nothing_to_change', message: 'Send at least one field to change.' }]);
  const problems = discountProblems({ ...current, ...changes }, current.used);
  if (problems.length) throw new UnprocessableError('discount_invalid', 'The discount code is invalid.', problems);

  const result = await updateDiscount(params.code, version, changes, new Date().toISOString());
  if (!result.ok) throw result.reason === 'not_found' ? notFound() : versionConflict(result.currentVersion);
  return ok({ discount: presentDiscount(result.discount, new Date()) });
});
