import { getAddressBook } from '#shared/data/customer-repository.ts';
import { presentAddress } from '#shared/domain/customers/address-book.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';

/** The shopper's saved addresses, oldest first; exactly one is the default when there is any. */
export const handler = httpHandler({ access: 'customer' }, async ({ principal }) => ok({ addresses: (await getAddressBook(principal.sub)).addresses.map(presentAddress) }));
