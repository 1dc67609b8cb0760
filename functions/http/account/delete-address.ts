import { removeAddress } from '#shared/domain/customers/address-book.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { noContent } from '#shared/http/responses.ts';
import { addressParams } from '#shared/schemas/account-input.ts';
import { changeAddressBook } from './address-book-change.ts';

/** Deletes a saved address; if it was the default, the oldest remaining one becomes the default. */
export const handler = httpHandler({ access: 'customer', params: addressParams }, async ({ params, principal }) => {
  await changeAddressBook(principal.sub, (addresses) => removeAddress(addresses, params.id));
  return noContent();
});
