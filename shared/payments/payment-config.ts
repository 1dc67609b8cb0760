/**
 * Which payment gateway this function talks to, decided once at cold start:
 * - deployed: the Stripe API key from Secrets Manager (`STRIPE_SECRET_ARN`, `{"secretKey":"sk_…"}`);
 *   missing keys stop the function;
 * - `STRIPE_SECRET_KEY`: Stripe directly (a developer's test key);
 * - the local stack only (`LOCAL_PAYMENTS=true`): the local test payment page, whose events are
 *   signed with the webhook secret and verified by the same code.
 * The webhook's signing secret is apart (`loadWebhookSecret`), in its own secret read only by the
 * webhook function, which never holds the API key.
 */
export type PaymentConfig = { mode: 'stripe'; secretKey: string } | { mode: 'local'; webhookSecret: string };

const readSecretJson = async (arn: string): Promise<Record<string, unknown>> => {
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const secret = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: arn }));
  try {
    const parsed: unknown = JSON.parse(secret.SecretString ?? '{}');
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {}; // reported by the caller as malformed
  }
};

const checkKey = (secretKey: unknown, where: string): PaymentConfig => {
  if (typeof secretKey !== 'string' || !/^(sk|rk)_/.test(secretKey)) {
    throw new Error(`The Stripe API key is missing or malformed in ${where}: expected {"secretKey":"sk_…"} (or a restricted rk_ key).`);
  }
  return { mode: 'stripe', secretKey };
};

export const loadPaymentConfig = async (env: NodeJS.ProcessEnv = process.env): Promise<PaymentConfig> => {
  if (env.STRIPE_SECRET_ARN) return checkKey((await readSecretJson(env.STRIPE_SECRET_ARN)).secretKey, `secret ${env.STRIPE_SECRET_ARN}`);
  if (env.STRIPE_SECRET_KEY) return checkKey(env.STRIPE_SECRET_KEY, 'STRIPE_SECRET_KEY');
  if (env.LOCAL_PAYMENTS === 'true' && env.STRIPE_WEBHOOK_SECRET) return { mode: 'local', webhookSecret: env.STRIPE_WEBHOOK_SECRET };
  throw new Error('No Stripe keys: set STRIPE_SECRET_ARN (deployed) or STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET.');
};

const checkWebhookSecret = (webhookSecret: unknown, where: string): string => {
  if (typeof webhookSecret !== 'string' || !webhookSecret.startsWith('whsec_')) {
    throw new Error(`The Stripe webhook signing secret is missing or malformed in ${where}: expected {"webhookSecret":"whsec_…"}.`);
  }
  return webhookSecret;
};

/** The secret Stripe signs webhook events with: deployed from `STRIPE_WEBHOOK_SECRET_ARN`, else `STRIPE_WEBHOOK_SECRET` (developer keys, local stack). */
export const loadWebhookSecret = async (env: NodeJS.ProcessEnv = process.env): Promise<string> => {
  if (env.STRIPE_WEBHOOK_SECRET_ARN) return checkWebhookSecret((await readSecretJson(env.STRIPE_WEBHOOK_SECRET_ARN)).webhookSecret, `secret ${env.STRIPE_WEBHOOK_SECRET_ARN}`);
  if (env.STRIPE_WEBHOOK_SECRET) return checkWebhookSecret(env.STRIPE_WEBHOOK_SECRET, 'STRIPE_WEBHOOK_SECRET');
  throw new Error('No Stripe webhook secret: set STRIPE_WEBHOOK_SECRET_ARN (deployed) or STRIPE_WEBHOOK_SECRET.');
};
