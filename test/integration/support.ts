import { randomUUID } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { SQSClient } from '@aws-sdk/client-sqs';
import { inject } from 'vitest';
import { verificationEmail } from '../../infra/auth-messages.ts';

export const stack = () => inject('stack');

const sdkConfig = (endpoint: string) => ({
  endpoint,
  region: 'eu-west-3',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});

export const cognitoClient = () => new CognitoIdentityProviderClient(sdkConfig(stack().endpoints.cognito));
export const sqsClient = () => new SQSClient(sdkConfig(stack().endpoints.sqs));

export interface Tokens {
  idToken: string;
  accessToken: string;
}

export const signIn = async (email: string, password: string): Promise<Tokens> => {
  const result = await cognitoClient().send(
    new InitiateAuthCommand({
      ClientId: stack().userPool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  return { idToken: result.AuthenticationResult!.IdToken!, accessToken: result.AuthenticationResult!.AccessToken! };
};

/** A fresh confirmed customer (no group) and their tokens; their address is unverified unless `emailVerified`. */
export const newCustomer = async (options: { email?: string; emailVerified?: boolean } = {}): Promise<Tokens & { email: string }> => {
  const email = options.email ?? `customer-${randomUUID()}@example.com`;
  const password = 'Customer-Pass-1!';
  const { userPoolId } = stack().userPool;
  await cognitoClient().send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [{ Name: 'email', Value: email }, ...(options.emailVerified ? [{ Name: 'email_verified', Value: 'true' }] : [])],
    }),
  );
  await cognitoClient().send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: email, Password: password, Permanent: true }));
  return { email, ...(await signIn(email, password)) };
};

/**
 * Signs a user of the merchants' pool in: password, then the SOFTWARE_TOKEN_MFA challenge answered
 * with the current code of their authenticator (MFA is required in that pool).
 */
export const signInMerchantPool = async (email: string, password: string, totpSecret: string): Promise<Tokens> => {
  const { clientId } = stack().merchantPool;
  const client = cognitoClient();
  const started = await client.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: password } }));
  if (started.ChallengeName !== 'SOFTWARE_TOKEN_MFA') throw new Error(`expected the SOFTWARE_TOKEN_MFA challenge, got ${started.ChallengeName ?? 'tokens'}`);
  const { totpCode } = await import('../../infra/local/merchant-pool.ts');
  const answered = await client.send(
    new RespondToAuthChallengeCommand({
      ClientId: clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: started.Session,
      ChallengeResponses: { USERNAME: email, SOFTWARE_TOKEN_MFA_CODE: totpCode(totpSecret) },
    }),
  );
  return { idToken: answered.AuthenticationResult!.IdToken!, accessToken: answered.AuthenticationResult!.AccessToken! };
};

let merchantSession: Promise<Tokens> | undefined;

/** The seeded merchant's tokens (signed in once per test file: tokens last an hour). */
export const merchantTokens = (): Promise<Tokens> => {
  merchantSession ??= signInMerchantPool(stack().merchant.email, stack().merchant.password, stack().merchant.totpSecret);
  merchantSession.catch(() => (merchantSession = undefined));
  return merchantSession;
};

/** Calls the shop's API through the local gateway and parses the JSON answer. */
export const api = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const response = await fetch(`${stack().shopUrl}${path}`, { ...init, headers });
  const text = await response.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
};

export interface StoredEmail {
  messageId: string;
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
  at: number;
}

/** Emails the SES emulator received for an address. */
export const emailsTo = async (address: string): Promise<StoredEmail[]> => {
  const store = (await (await fetch(`${stack().inboxUrl}/store`)).json()) as { emails: StoredEmail[] };
  return store.emails.filter((email) => email.destination.to.includes(address));
};

/** Emails carrying a code from the shoppers' pool (sign-up, forgotten password), oldest first. */
export const codeEmailsTo = async (address: string): Promise<StoredEmail[]> =>
  (await emailsTo(address)).filter((email) => email.subject === verificationEmail.subject);

/**
 * The latest code the shoppers' pool emailed to an address, read from the local inbox (the local
 * stack relays cognito-local's codes there). Waits until more than `previous` code emails arrived.
 */
export const verificationCode = async (address: string, previous = 0): Promise<string> => {
  const emails = await eventually(() => codeEmailsTo(address), (found) => found.length > previous);
  const code = /<strong>(\d{6})<\/strong>/.exec(emails.at(-1)?.body.html ?? '')?.[1];
  if (emails.length <= previous || !code) throw new Error(`no new verification code reached ${address}`);
  return code;
};

/** A shopper signed up as on the storefront: SignUp, the code from the inbox, ConfirmSignUp, then signed in. */
export const signUpCustomer = async (email = `shopper-${randomUUID()}@example.com`, password = 'Shopper-Pass-1!'): Promise<Tokens & { email: string; password: string }> => {
  const { clientId } = stack().userPool;
  await cognitoClient().send(new SignUpCommand({ ClientId: clientId, Username: email, Password: password, UserAttributes: [{ Name: 'email', Value: email }] }));
  const code = await verificationCode(email);
  await cognitoClient().send(new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: code }));
  return { email, password, ...(await signIn(email, password)) };
};

/** Polls until `read` returns a value accepted by `done`, or the time runs out (then returns the last value). */
export const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
};
