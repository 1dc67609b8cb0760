/**
 * Webhook secrets per carrier (`sendcloud` and any generic carrier id), read once at cold start:
 * from Secrets Manager when deployed (`CARRIER_SECRETS_ARN`, JSON object), otherwise from
 * `CARRIER_WEBHOOK_SECRETS` (the local stack sets it). A carrier without a secret is refused.
 * A Map, not an object: a carrier id from a URL (`__proto__`, `constructor`) finds nothing.
 */
export const loadCarrierSecrets = async (env: NodeJS.ProcessEnv = process.env): Promise<ReadonlyMap<string, string>> => {
  let raw = env.CARRIER_WEBHOOK_SECRETS ?? '{}';
  if (env.CARRIER_SECRETS_ARN) {
    const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
    raw = (await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: env.CARRIER_SECRETS_ARN }))).SecretString ?? '{}';
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return new Map();
    return new Map(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length >= 16));
  } catch {
    return new Map();
  }
};
