import { randomUUID } from 'node:crypto';
import { AdminUpdateUserAttributesCommand, ConfirmForgotPasswordCommand, ConfirmSignUpCommand, ForgotPasswordCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { api, codeEmailsTo, cognitoClient, signIn, signUpCustomer, stack, verificationCode } from './support.ts';

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe("the shoppers' pool settings", () => {
  it('hands the storefront its public sign-in settings', async () => {
    const response = await api('/api/auth/shoppers');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ region: 'eu-west-3', userPoolId: stack().userPool.userPoolId, clientId: stack().userPool.clientId, endpoint: `${stack().endpoints.cognito}/` });
    expect(response.json.userPoolId).not.toBe(stack().merchantPool.userPoolId);
  });

  it("lets the storefront's pages call that endpoint (CSP connect-src)", async () => {
    const [settings, page] = await Promise.all([api('/api/auth/shoppers'), fetch(`${stack().shopUrl}/compte`)]);
    const connect = page.headers.get('content-security-policy')!.split('; ').find((directive) => directive.startsWith('connect-src'))!;
    expect(connect.split(' ')).toContain(new URL(settings.json.endpoint).origin);
  });
});

describe('sign-up with email verification', () => {
  it('emails the code to the local inbox in French and English; the confirmed account has a verified address', async () => {
    const email = `shopper-${randomUUID()}@example.com`;
    const { clientId } = stack().userPool;
    await cognitoClient().send(new SignUpCommand({ ClientId: clientId, Username: email, Password: 'Shopper-Pass-1!', UserAttributes: [{ Name: 'email', Value: email }] }));
    const code = await verificationCode(email);
    const [message] = await codeEmailsTo(email);
    expect(message).toMatchObject({ subject: 'Votre code de vérification · Your verification code' });
    expect((message as unknown as { from: string }).from).toBe('boutique@shop.local');
    expect(message!.body.html).toContain('voici votre code de vérification');
    expect(message!.body.html).toContain('your verification code');

    await expect(signIn(email, 'Shopper-Pass-1!')).rejects.toMatchObject({ name: 'UserNotConfirmedException' });
    const wrong = code === '000000' ? '111111' : '000000';
    await expect(cognitoClient().send(new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: wrong }))).rejects.toMatchObject({ name: 'CodeMismatchException' });
    await cognitoClient().send(new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: code }));

    const tokens = await signIn(email, 'Shopper-Pass-1!');
    expect(claimsOf(tokens.idToken)).toMatchObject({ email, email_verified: true });
    const me = await api('/api/account/me', { token: tokens.idToken });
    expect(me.json).toMatchObject({ email, emailVerified: true });
  });

  it('reports a changed address as unverified until it is verified, so it cannot claim orders', async () => {
    const shopper = await signUpCustomer();
    const changed = `changed-${randomUUID()}@example.com`;
    await cognitoClient().send(new AdminUpdateUserAttributesCommand({ UserPoolId: stack().userPool.userPoolId, Username: shopper.email, UserAttributes: [{ Name: 'email', Value: changed }] }));
    const tokens = await signIn(changed, shopper.password);
    expect(claimsOf(tokens.idToken)).toMatchObject({ email: changed, email_verified: false });
    expect((await api('/api/account/me', { token: tokens.idToken })).json).toMatchObject({ email: changed, emailVerified: false });
    expect((await api('/api/account/orders/claim', { method: 'POST', token: tokens.idToken })).status).toBe(403);
  });

  it('resets a forgotten password with the emailed code', async () => {
    const shopper = await signUpCustomer();
    const { clientId } = stack().userPool;
    await cognitoClient().send(new ForgotPasswordCommand({ ClientId: clientId, Username: shopper.email }));
    const code = await verificationCode(shopper.email, 1);
    await cognitoClient().send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: shopper.email, ConfirmationCode: code, Password: 'Another-Pass-2!' }));
    // Cognito answers NotAuthorizedException; cognito-local, InvalidPasswordException.
    await expect(signIn(shopper.email, shopper.password)).rejects.toMatchObject({ name: expect.stringMatching(/^(NotAuthorized|InvalidPassword)Exception$/) });
    const tokens = await signIn(shopper.email, 'Another-Pass-2!');
    expect(claimsOf(tokens.idToken)).toMatchObject({ email: shopper.email, email_verified: true });
  });
});
