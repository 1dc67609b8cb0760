import { routeTable } from '#shared/http/route-table.ts';
import { handler as claimOrders } from './account/claim-orders.ts';
import { handler as createAddress } from './account/create-address.ts';
import { handler as deleteAccount } from './account/delete-account.ts';
import { handler as deleteAddress } from './account/delete-address.ts';
import { handler as exportData } from './account/export-data.ts';
import { handler as getMe } from './account/get-me.ts';
import { handler as getProfile } from './account/get-profile.ts';
import { handler as listAddresses } from './account/list-addresses.ts';
import { handler as listOrders } from './account/list-orders.ts';
import { handler as updateAddress } from './account/update-address.ts';
import { handler as updateProfile } from './account/update-profile.ts';

/** The signed-in shopper's account: identity, guest orders claimed by verified email, order history, profile, saved addresses, data export and deletion. */
export const handler = routeTable({
  'GET /api/account/me': getMe,
  'POST /api/account/orders/claim': claimOrders,
  'GET /api/account/orders': listOrders,
  'GET /api/account/profile': getProfile,
  'PUT /api/account/profile': updateProfile,
  'GET /api/account/addresses': listAddresses,
  'POST /api/account/addresses': createAddress,
  'PUT /api/account/addresses/{id}': updateAddress,
  'DELETE /api/account/addresses/{id}': deleteAddress,
  'GET /api/account/export': exportData,
  'DELETE /api/account': deleteAccount,
});
