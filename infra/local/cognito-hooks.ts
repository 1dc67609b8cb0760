/**
 * What Cognito does around its emulator that cognito-local leaves out, done with cognito-local's
 * own outputs and extension points rather than by patching it:
 *
 * - **Emails.** cognito-local prints every code it would email (a "Confirmation Code Delivery"
 *   box on stdout) instead of sending it. The relay reads those boxes and sends each code through
 *   the SES emulator, from the shop's sender, with the texts the AWS pool uses
 *   (`infra/auth-messages.ts`): the local inbox then holds the sign-up and password-reset codes.
 * - **Verified email on confirmation.** Cognito marks the address verified when a shopper
 *   confirms their sign-up with the emailed code; cognito-local does not (its ID tokens then say
 *   `email_verified: false` for ever). cognito-local calls a PostConfirmation Lambda trigger
 *   through the Lambda Invoke API: this module answers that API and sets `email_verified`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { AdminUpdateUserAttributesCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { invitationEmail, renderPoolEmail, verificationEmail } from '../auth-messages.ts';

export interface CodeDelivery {
  /** The Cognito operation that sent it: `SignUp`, `ForgotPassword`, `AdminCreateUser`… */
  target: string;
  destination: string;
  code: string;
}

const ansi = /\x1b\[[0-9;]*m/g;
const boxTitle = 'Confirmation Code Delivery';

const fieldOf = (box: string, name: string): string | undefined => new RegExp(`${name}:\\s+(\\S+)`).exec(box)?.[1];

/** The deliveries in one complete box of cognito-local's output (ANSI colours removed). */
const parseBox = (box: string): CodeDelivery | undefined => {
  const destination = fieldOf(box, 'Destination');
  const code = fieldOf(box, 'Code');
  // The log line names the operation twice: before the box and in its trailing JSON.
  const target = /"target":"(\w+)"/.exec(box)?.[1] ?? /(\w+)\s+╭/.exec(box)?.[1];
  return destination && code && target ? { target, destination, code } : undefined;
};

/**
 * Reads code deliveries from cognito-local's output as it arrives in chunks (a box may be split
 * across them): `push` answers the deliveries completed by this chunk.
 */
export const codeDeliveryReader = () => {
  let pending = '';
  return {
    push(chunk: string): CodeDelivery[] {
      pending += chunk.replace(ansi, '');
      const deliveries: CodeDelivery[] = [];
      for (;;) {
        const title = pending.indexOf(boxTitle);
        if (title < 0) {
          // Keep a tail in case a title is split across chunks.
          pending = pending.slice(-boxTitle.length - 64);
          return deliveries;
        }
        const bottom = pending.indexOf('╰', title);
        const lineEnd = bottom < 0 ? -1 : pending.indexOf('\n', bottom);
        if (lineEnd < 0) {
          // Incomplete box: keep it from the start of its log line.
          pending = pending.slice(Math.max(0, pending.lastIndexOf('\n', title) + 1));
          return deliveries;
        }
        const start = pending.lastIndexOf('\n', title) + 1;
        const delivery = parseBox(pending.slice(start, lineEnd));
        if (delivery) deliveries.push(delivery);
        pending = pending.slice(lineEnd + 1);
      }
    },
  };
};

const sdkConfig = (endpoint: string) => ({ endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

/** The email Cognito would send for a delivery: the invitation for admin-created users, the verification text otherwise. */
export const emailFor = (delivery: CodeDelivery) =>
  renderPoolEmail(delivery.target === 'AdminCreateUser' ? invitationEmail : verificationEmail, { code: delivery.code, username: delivery.destination });

/** Sends every code cognito-local prints to the SES emulator, as an email to its destination. */
export const relayCodeEmails = (output: Readable, options: { sesEndpoint: string; from: string }): void => {
  const ses = new SESv2Client(sdkConfig(options.sesEndpoint));
  const reader = codeDeliveryReader();
  output.on('data', (chunk: Buffer) => {
    // SMS codes (a phone number as destination) have no inbox here.
    for (const delivery of reader.push(chunk.toString()).filter((candidate) => candidate.destination.includes('@'))) {
      const email = emailFor(delivery);
      ses
        .send(
          new SendEmailCommand({
            FromEmailAddress: options.from,
            Destination: { ToAddresses: [delivery.destination] },
            Content: { Simple: { Subject: { Data: email.subject, Charset: 'UTF-8' }, Body: { Html: { Data: email.body, Charset: 'UTF-8' } } } },
          }),
        )
        .catch((error: unknown) => console.error(`[cognito-local] could not relay the ${delivery.target} code to the inbox:`, (error as Error).message));
    }
  });
};

/** The trigger name cognito-local is configured to invoke after a confirmation. */
export const postConfirmationFunction = 'shop-local-post-confirmation';

interface PostConfirmationEvent {
  triggerSource: string;
  userPoolId: string;
  userName: string;
  request: { userAttributes: Record<string, string> };
}

/**
 * Answers cognito-local's Lambda Invoke calls (`POST /2015-03-31/functions/<name>/invocations`)
 * for the PostConfirmation trigger: a confirmed sign-up has proved its address, as in Cognito.
 */
export const startCognitoTriggers = async (cognitoEndpoint: string): Promise<{ url: string; stop(): Promise<void> }> => {
  const cognito = new CognitoIdentityProviderClient(sdkConfig(cognitoEndpoint));
  const onPostConfirmation = async (event: PostConfirmationEvent) => {
    const email = event.request.userAttributes.email;
    if (event.triggerSource !== 'PostConfirmation_ConfirmSignUp' || !email || event.request.userAttributes.email_verified === 'true') return;
    await cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: event.userPoolId,
        Username: event.userName,
        // cognito-local requires the address beside its verified flag.
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const known = request.method === 'POST' && request.url === `/2015-03-31/functions/${postConfirmationFunction}/invocations`;
      const run = known ? onPostConfirmation(JSON.parse(body) as PostConfirmationEvent) : Promise.reject(new Error(`no local trigger at ${request.url}`));
      run.then(
        () => {
          // A Lambda trigger answers its event back.
          response.writeHead(200, { 'content-type': 'application/json' }).end(body);
        },
        (error: unknown) => {
          console.error('[cognito-local] PostConfirmation trigger failed:', (error as Error).message);
          response.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' }).end(JSON.stringify({ errorMessage: (error as Error).message }));
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

/** cognito-local's configuration (`.cognito/config.json`): the Lambda endpoint and the trigger it calls. */
export const cognitoLocalConfig = (existing: Record<string, unknown>, triggersUrl: string): Record<string, unknown> => ({
  ...existing,
  LambdaClient: { endpoint: triggersUrl, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } },
  TriggerFunctions: { ...((existing.TriggerFunctions as Record<string, string> | undefined) ?? {}), PostConfirmation: postConfirmationFunction },
});
