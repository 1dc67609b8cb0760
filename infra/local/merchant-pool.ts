/**
 * The merchants' user pool on cognito-local, as in AWS: TOTP MFA required. cognito-local cannot
 * run the MFA_SETUP challenge (enrolment during sign-in), so the local merchant is enrolled here:
 * MFA is switched off for a moment, the merchant signs in, registers an authenticator secret with
 * AssociateSoftwareToken / VerifySoftwareToken, and MFA is switched back on. The secret is kept in
 * the data directory so an authenticator app set up once keeps working across restarts.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { generateSync } from 'otplib';
import { merchantGroup } from '#shared/http/principal.ts';
import { createUser, createUserPool, type LocalUserPool } from './provision.ts';

export const localMerchantPoolName = 'shop-merchants';

/** The current 6-digit code of an authenticator holding `secret` (base32), as an app would show it. */
export const totpCode = (secret: string): string => generateSync({ secret });

const setMfa = (client: CognitoIdentityProviderClient, userPoolId: string, mode: 'ON' | 'OFF') =>
  client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: userPoolId, MfaConfiguration: mode, SoftwareTokenMfaConfiguration: { Enabled: true } }));

const secretFile = (dataDir: string) => join(dataDir, 'merchant-totp-secret');

/** Registers a fresh authenticator secret for a user of a pool whose MFA is off; answers the secret. */
const enrolAuthenticator = async (client: CognitoIdentityProviderClient, pool: LocalUserPool, user: { email: string; password: string }): Promise<string> => {
  const signedIn = await client.send(
    new InitiateAuthCommand({ ClientId: pool.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: user.email, PASSWORD: user.password } }),
  );
  const accessToken = signedIn.AuthenticationResult?.AccessToken;
  if (!accessToken) throw new Error(`could not sign ${user.email} in to enrol an authenticator`);
  const { SecretCode: secret } = await client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
  await client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: totpCode(secret!), FriendlyDeviceName: 'local' }));
  return secret!;
};

/** Creates a user of the merchants' pool with an authenticator; `group: false` leaves them out of `merchants` (tests). */
export const createMerchantPoolUser = async (
  client: CognitoIdentityProviderClient,
  pool: LocalUserPool,
  user: { email: string; password: string; group?: boolean },
): Promise<string> => {
  await createUser(client, pool.userPoolId, { email: user.email, password: user.password, ...(user.group === false ? {} : { group: merchantGroup }) });
  await setMfa(client, pool.userPoolId, 'OFF');
  try {
    return await enrolAuthenticator(client, pool, user);
  } finally {
    await setMfa(client, pool.userPoolId, 'ON');
  }
};

/** The merchants' pool with MFA required and its seeded merchant; answers the merchant's authenticator secret. */
export const createMerchantPool = async (
  client: CognitoIdentityProviderClient,
  merchant: { email: string; password: string },
  dataDir: string | undefined,
): Promise<LocalUserPool & { totpSecret: string }> => {
  const pool = await createUserPool(client, { pool: localMerchantPoolName, client: 'admin', merchantsGroup: true });
  const kept = dataDir ? (await readFile(secretFile(dataDir), 'utf8').catch(() => '')).trim() : '';
  if (kept) {
    // Enrolled in an earlier run: the pool (and the secret) came back from the data directory.
    await setMfa(client, pool.userPoolId, 'ON');
    return { ...pool, totpSecret: kept };
  }
  const totpSecret = await createMerchantPoolUser(client, pool, merchant);
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(secretFile(dataDir), totpSecret, { mode: 0o600 });
  }
  return { ...pool, totpSecret };
};
