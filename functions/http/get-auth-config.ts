import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { routeTable } from '#shared/http/route-table.ts';

const setting = z.string().check(z.minLength(1));
const env = readEnv(
  z.object({
    MERCHANT_POOL_REGION: setting,
    MERCHANT_POOL_ID: setting,
    MERCHANT_CLIENT_ID: setting,
    MERCHANT_AUTH_ENDPOINT: z.url(),
    SHOPPER_POOL_REGION: setting,
    SHOPPER_POOL_ID: setting,
    SHOPPER_CLIENT_ID: setting,
    SHOPPER_AUTH_ENDPOINT: z.url(),
  }),
);

const merchants = { region: env.MERCHANT_POOL_REGION, userPoolId: env.MERCHANT_POOL_ID, clientId: env.MERCHANT_CLIENT_ID, endpoint: env.MERCHANT_AUTH_ENDPOINT };
const shoppers = { region: env.SHOPPER_POOL_REGION, userPoolId: env.SHOPPER_POOL_ID, clientId: env.SHOPPER_CLIENT_ID, endpoint: env.SHOPPER_AUTH_ENDPOINT };
// Public values that change only with a deploy.
const cached = { 'cache-control': 'public, max-age=300' };

/** A user pool's public sign-in settings: the merchants' for the admin pages, the shoppers' for the storefront's account pages. */
export const handler = routeTable({
  'GET /api/auth/config': httpHandler({ access: 'public' }, async () => ok(merchants, cached)),
  'GET /api/auth/shoppers': httpHandler({ access: 'public' }, async () => ok(shoppers, cached)),
});
