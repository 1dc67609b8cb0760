import { describe, expect, it } from 'vitest';
import { verificationEmail } from '../auth-messages.ts';
import { codeDeliveryReader, cognitoLocalConfig, emailFor, tokenOverrides, triggerFunctions } from './cognito-hooks.ts';

/** A box as cognito-local 5.3 prints it (pino-pretty colours, boxen borders, trailing JSON context). */
const box = (target: string, destination: string, code: string) =>
  [
    `[1796285250998] \x1b[32mINFO\x1b[39m: \x1b[36m7a0de962 ${target} ╭${'─'.repeat(55)}╮`,
    `│${' '.repeat(55)}│`,
    `│   Confirmation Code Delivery                          │`,
    `│${' '.repeat(55)}│`,
    `│   Username:    cfc7c01a-fd58-4e02-b8cd-fd41bc069a41   │`,
    `│   Destination: ${destination.padEnd(37)}│`,
    `│   Code:        ${code.padEnd(37)}│`,
    `│${' '.repeat(55)}│`,
    `╰${'─'.repeat(55)}╯\x1b[39m \x1b[90m{"reqId":"7a0de962","target":"${target}"}\x1b[39m`,
    '',
  ].join('\n');

describe('codeDeliveryReader', () => {
  it('reads the operation, destination and code of each printed box', () => {
    const reader = codeDeliveryReader();
    const output = `[1] INFO: NONE NONE Cognito Local running\n${box('SignUp', 'a@x.fr', '593512')}${box('ForgotPassword', 'b@x.fr', '249268')}`;
    expect(reader.push(output)).toEqual([
      { target: 'SignUp', destination: 'a@x.fr', code: '593512' },
      { target: 'ForgotPassword', destination: 'b@x.fr', code: '249268' },
    ]);
  });

  it('waits for a box split across chunks, wherever the split falls', () => {
    const output = box('SignUp', 'a@x.fr', '593512');
    for (const at of [5, 60, output.indexOf('Confirmation') + 4, output.indexOf('Code:') + 8, output.indexOf('╰') + 3, output.length - 1]) {
      const reader = codeDeliveryReader();
      expect(reader.push(output.slice(0, at))).toEqual([]);
      expect(reader.push(output.slice(at))).toEqual([{ target: 'SignUp', destination: 'a@x.fr', code: '593512' }]);
    }
  });

  it('never loses a box to one cut short before it, nor to colours split across chunks', () => {
    const cut = box('SignUp', 'a@x.fr', '111111').split('\n').slice(0, 7).join('\n');
    const reader = codeDeliveryReader();
    const output = `${cut}\n${box('ForgotPassword', 'b@x.fr', '222222')}`;
    const split = output.indexOf('\x1b[39m') + 3;
    expect([...reader.push(output.slice(0, split)), ...reader.push(output.slice(split))]).toEqual([
      { target: 'SignUp', destination: 'a@x.fr', code: '111111' },
      { target: 'ForgotPassword', destination: 'b@x.fr', code: '222222' },
    ]);
  });

  it('ignores other log lines and reads a box once', () => {
    const reader = codeDeliveryReader();
    expect(reader.push('[1] ERROR: Unsupported x-amz-target header "ResendConfirmationCode"\n')).toEqual([]);
    expect(reader.push(box('SignUp', 'a@x.fr', '111111'))).toHaveLength(1);
    expect(reader.push('[2] INFO: something else\n')).toEqual([]);
  });
});

describe('emailFor', () => {
  it('sends a code in the verification text, an admin-created account in the invitation', () => {
    const verification = emailFor({ target: 'ForgotPassword', destination: 'b@x.fr', code: '249268' });
    expect(verification.subject).toBe(verificationEmail.subject);
    expect(verification.body).toContain('<strong>249268</strong>');
    expect(verification.body).not.toContain('{####}');
    const invitation = emailFor({ target: 'AdminCreateUser', destination: 'c@x.fr', code: '2E<a$&' });
    expect(invitation.body).toContain('c@x.fr');
    expect(invitation.body).toContain('2E&#60;a$&#38;');
  });
});

describe('cognitoLocalConfig', () => {
  it('keeps what the file held and points the triggers at the local server', () => {
    expect(cognitoLocalConfig({ TokenConfig: { IssuerDomain: 'x' }, TriggerFunctions: { PreSignUp: 'p' } }, 'http://127.0.0.1:9')).toEqual({
      TokenConfig: { IssuerDomain: 'x' },
      LambdaClient: { endpoint: 'http://127.0.0.1:9', region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } },
      TriggerFunctions: { PreSignUp: 'p', PostConfirmation: triggerFunctions.PostConfirmation, PreTokenGeneration: triggerFunctions.PreTokenGeneration },
    });
  });
});

describe('tokenOverrides', () => {
  const event = (userAttributes: Record<string, string>) => ({ triggerSource: 'TokenGeneration_Authentication', userPoolId: 'p', userName: 'u', request: { userAttributes }, response: {} });

  it("puts the attribute's value in the ID token, where cognito-local would turn \"false\" into true", () => {
    expect(tokenOverrides(event({ email: 'a@x.fr', email_verified: 'false' })).response).toEqual({ claimsOverrideDetails: { claimsToAddOrOverride: { email_verified: false } } });
    expect(tokenOverrides(event({ email: 'a@x.fr', email_verified: 'true' })).response).toEqual({ claimsOverrideDetails: { claimsToAddOrOverride: { email_verified: true } } });
    expect(tokenOverrides(event({ email: 'a@x.fr' })).response).toEqual({ claimsOverrideDetails: { claimsToAddOrOverride: { email_verified: false } } });
  });

  it('leaves a user without an address alone', () => {
    expect(tokenOverrides(event({ phone_number: '+33600000000' })).response).toEqual({});
  });
});
