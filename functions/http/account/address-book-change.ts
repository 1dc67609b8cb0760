import { getAddressBook, overtaken, saveAddressBook, untilSaved } from '#shared/data/customer-repository.ts';
import type { AddressBookChange, SavedAddress } from '#shared/domain/customers/address-book.ts';
import { NotFoundError, UnprocessableError } from '#shared/http/errors.ts';

/** Applies a change to the shopper's address book and stores it (re-applied on a concurrent edit); refusals become 404 or 422. */
export const changeAddressBook = async (sub: string, change: (addresses: SavedAddress[]) => AddressBookChange): Promise<Extract<AddressBookChange, { ok: true }>> => {
  const outcome = await untilSaved(async (consistent) => {
    const book = await getAddressBook(sub, consistent);
    const next = change(book.addresses);
    if (!next.ok) return next;
    return (await saveAddressBook(sub, next.addresses, book.version)) ? next : overtaken;
  });
  if (outcome.ok) return outcome;
  switch (outcome.reason) {
    case 'address_not_found':
      throw new NotFoundError('No such address.', 'address_not_found');
    case 'address_limit':
      throw new UnprocessableError('address_limit', 'An account keeps at most 20 addresses; delete one first.');
    case 'default_address_required':
      throw new UnprocessableError('default_address_required', 'The default address cannot be unset; make another address the default instead.');
  }
};
