/**
 * The secret that signs links in emails (restore a cart, unsubscribe). Deployed: a generated
 * Secrets Manager secret (`LINK_SECRET_ARN`), read on first use so request paths that never sign
 * pay nothing at cold start. Locally: `LINK_SIGNING_SECRET`, which the local stack sets.
 */
import { lazy } from './lazy.ts';

const minimumLength = 32;

export const linkSecret = lazy(async (): Promise<string> => {
  let secret = process.env.LINK_SIGNING_SECRET;
  if (process.env.LINK_SECRET_ARN) {
    const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
    secret = (await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: process.env.LINK_SECRET_ARN }))).SecretString;
  }
  if (!secret || secret.length < minimumLength) throw new Error(`Invalid configuration: the link signing secret must have at least ${minimumLength} characters`);
  return secret;
});
