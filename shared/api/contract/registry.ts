/**
 * Every route's contract, by API Gateway route key. A route added to the manifest needs its
 * contract in one of these groups (or a new one listed here), or the OpenAPI tests fail naming it.
 */
import { accountContracts } from './account.ts';
import { adminCatalogContracts } from './admin-catalog.ts';
import { adminOrderContracts } from './admin-orders.ts';
import { adminWebhookContracts } from './admin-webhooks.ts';
import { cartContracts } from './carts.ts';
import { catalogContracts } from './catalog.ts';
import { checkoutContracts } from './checkout.ts';
import { feedContracts } from './feeds.ts';
import { orderContracts } from './orders.ts';
import { platformContracts } from './platform.ts';
import { reviewContracts } from './reviews.ts';
import type { ContractTable } from './types.ts';

export const routeContracts: ContractTable = {
  ...catalogContracts,
  ...adminCatalogContracts,
  ...cartContracts,
  ...checkoutContracts,
  ...orderContracts,
  ...accountContracts,
  ...reviewContracts,
  ...adminOrderContracts,
  ...adminWebhookContracts,
  ...platformContracts,
  ...feedContracts,
};
