import { presentAddress, updateAddress } from '#shared/domain/customers/address-book.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { addressParams, parseSavedAddress, savedAddressBody } from '#shared/schemas/account-input.ts';
import { changeAddressBook } from './address-book-change.ts';

/** Replaces a saved address; `isDefault: true` makes it the default. */
export const handler = httpHandler({ access: 'customer', params: addressParams, body: savedAddressBody }, async ({ params, body, principal }) => {
  const input = parseSavedAddress(body);
  const { address } = await changeAddressBook(principal.sub, (addresses) => updateAddress(addresses, params.id, input, new Date().toISOString()));
  return ok({ address: presentAddress(address!) });
});
