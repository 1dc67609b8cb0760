import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';

const env = readEnv(
  z.object({
    MERCHANT_POOL_REGION: z.string().check(z.minLength(1)),
    MERCHANT_POOL_ID: z.string().check(z.minLength(1)),
    MERCHANT_CLIENT_ID: z.string().check(z.minLength(1)),
    MERCHANT_AUTH_ENDPOINT: z.url(),
  }),
);

const config = { region: env.MERCHANT_POOL_REGION, userPoolId: env.MERCHANT_POOL_ID, clientId: env.MERCHANT_CLIENT_ID, endpoint: env.MERCHANT_AUTH_ENDPOINT };

/** What the admin pages sign merchants in with: the merchants' pool, its public client and Cognito's endpoint. */
export const handler = httpHandler({ access: 'public' }, async () => ok(config, { 'cache-control': 'public, max-age=300' }));
