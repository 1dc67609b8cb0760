/**
 * Which payment gateway this function talks to, decided once at cold start:
 * - deployed: Stripe keys from Secrets Manager (`STRIPE_SECRET_ARN`); missing keys stop the function;
 * - `STRIPE_SECRET_KEY` + `STRIPE_WEBHOOK_SECRET`: Stripe directly (a developer's test keys);
 * - the local stack only (`LOCAL_PAYMENTS=true`): the local test payment page, whose events are
 *   signed with the same webhook secret and verified by the same code.
 */
export type PaymentConfig =
  | { mode: 'stripe'; secretKey: string; webhookSecret: string }
  | { mode: 'local'; webhookSecret: string };

const checkKeys = (secretKey: unknown, webhookSecret: unknown, where: string): PaymentConfig => {
  if (typeof secretKey !== 'string' || !/^(sk|rk)_/.test(secretKey) || typeof webhookSecret !== 'string' || !webhookSecret.startsWith('whsec_')) {
    throw new Error(`Stripe keys are missing or malformed in ${where}: expected {"secretKey":"sk_…","webhookSecret":"whsec_…"}.`);
  }
  return { mode: 'stripe', secretKey, webhookSecret };
};

export const loadPaymentConfig = async (env: NodeJS.ProcessEnv = process.env): Promise<PaymentConfig> => {
  if (env.STRIPE_SECRET_ARN) {
    const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
    const secret = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: env.STRIPE_SECRET_ARN }));
    let parsed: { secretKey?: unknown; webhookSecret?: unknown } = {};
    try {
      parsed = JSON.parse(secret.SecretString ?? '{}') as typeof parsed;
    } catch {
      // reported below as malformed
    }
    return checkKeys(parsed.secretKey, parsed.webhookSecret, `secret ${env.STRIPE_SECRET_ARN}`);
  }
  if (env.STRIPE_SECRET_KEY) return checkKeys(env.STRIPE_SECRET_KEY, env.STRIPE_WEBHOOK_SECRET, 'STRIPE_SECRET_KEY/STRIPE_WEBHOOK_SECRET');
  if (env.LOCAL_PAYMENTS === 'true' && env.STRIPE_WEBHOOK_SECRET) return { mode: 'local', webhookSecret: env.STRIPE_WEBHOOK_SECRET };
  throw new Error('No Stripe keys: set STRIPE_SECRET_ARN (deployed) or STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET.');
};
