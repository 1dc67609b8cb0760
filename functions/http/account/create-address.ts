import { randomBytes } from 'node:crypto';
import { addAddress, presentAddress } from '#shared/domain/customers/address-book.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { parseSavedAddress, savedAddressBody } from '#shared/schemas/account-input.ts';
import { changeAddressBook } from './address-book-change.ts';

/** Saves a new address (the first becomes the default); 422 beyond 20. */
export const handler = httpHandler({ access: 'customer', body: savedAddressBody }, async ({ body, principal }) => {
  const input = parseSavedAddress(body);
  const id = randomBytes(9).toString('base64url');
  const { address } = await changeAddressBook(principal.sub, (addresses) => addAddress(addresses, input, id, new Date().toISOString()));
  return created({ address: presentAddress(address!) });
});
