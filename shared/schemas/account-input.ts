/** What the account pages send: the profile form and a saved address (the checkout's address rules plus a default flag). */
import * as z from 'zod/mini';
import { ValidationError, type ErrorDetail } from '#shared/http/errors.ts';
import { validateAddress, type Address } from './address.ts';

const personName = z.string().check(z.trim(), z.maxLength(60));

export const profileInput = z.strictObject({
  givenName: personName,
  familyName: personName,
  locale: z.enum(['fr', 'en']),
  marketingConsent: z.boolean(),
});
export type ProfileInputBody = z.infer<typeof profileInput>;

/** Any JSON object; its fields are checked by `parseSavedAddress` so that each error names its field. */
export const savedAddressBody = z.record(z.string(), z.unknown());

/** A saved address from a request body: the address exactly as the checkout validates it, and `isDefault` if given. */
export const parseSavedAddress = (body: Record<string, unknown>): { address: Address; isDefault?: boolean } => {
  const { isDefault, ...fields } = body;
  const problems: ErrorDetail[] = [];
  if (isDefault !== undefined && typeof isDefault !== 'boolean') problems.push({ path: 'body.isDefault', code: 'invalid_type', message: 'isDefault must be true or false.' });
  const checked = validateAddress(fields, 'body');
  if (!checked.ok) problems.push(...checked.details);
  if (problems.length || !checked.ok) throw new ValidationError('The address is invalid.', problems);
  return { address: checked.address, ...(typeof isDefault === 'boolean' ? { isDefault } : {}) };
};

/** A saved address's id in a path. */
export const addressParams = z.object({ id: z.string().check(z.regex(/^[\w-]{6,40}$/)) });

/** Deleting an account takes an explicit confirmation in the body. */
export const deleteAccountInput = z.strictObject({ confirm: z.literal(true) });

export const accountOrdersQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-4]\d|50)$/, 'must be a whole number from 1 to 50'))),
  locale: z.optional(z.enum(['fr', 'en'])),
});
