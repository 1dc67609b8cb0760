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
 *   `email_verified: false` for ever).
 * - **`email_verified` in ID tokens.** cognito-local writes `Boolean(attribute)`, so the string
 *   `"false"` (an address changed and not yet verified) becomes `true` in the token.
 *
 * cognito-local calls Lambda triggers through the Lambda Invoke API: this module answers that API
 * for a PostConfirmation trigger (sets `email_verified`) and a PreTokenGeneration trigger (puts
 * the attribute's real value in the ID token).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
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
      // Colours are removed from the whole buffer, so an escape split across chunks goes too.
      pending = (pending + chunk).replace(ansi, '');
      const deliveries: CodeDelivery[] = [];
      for (;;) {
        const title = pending.indexOf(boxTitle);
        if (title < 0) {
          // Keep a box whose title has not come yet (from its top border), else a tail in case a
          // title or an escape is split across chunks.
          const top = pending.lastIndexOf('╭');
          pending = top >= 0 && pending.length - top < 4096 ? pending.slice(pending.lastIndexOf('\n', top) + 1) : pending.slice(-boxTitle.length - 64);
          return deliveries;
        }
        // A box's log line starts where its top border (`╭`) is, two lines above its title.
        const start = pending.lastIndexOf('\n', Math.max(0, pending.lastIndexOf('╭', title))) + 1;
        const nextTitle = pending.indexOf(boxTitle, title + boxTitle.length);
        const bottom = pending.indexOf('╰', title);
        // A box cut short (its bottom line never came) still yields what it holds, not the next box's.
        const cutShort = nextTitle >= 0 && (bottom < 0 || bottom > nextTitle);
        const end = cutShort ? pending.lastIndexOf('\n', pending.lastIndexOf('╭', nextTitle)) : bottom < 0 ? -1 : pending.indexOf('\n', bottom);
        if (end < 0) {
          // Incomplete box: keep it from the start of its log line.
          pending = pending.slice(start);
          return deliveries;
        }
        const delivery = parseBox(pending.slice(start, end));
        if (delivery) deliveries.push(delivery);
        pending = pending.slice(end + 1);
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
  // The box is drawn with multi-byte characters: a chunk may end in the middle of one.
  const decoder = new StringDecoder('utf8');
  output.on('data', (chunk: Buffer) => {
    // SMS codes (a phone number as destination) have no inbox here.
    for (const delivery of reader.push(decoder.write(chunk)).filter((candidate) => candidate.destination.includes('@'))) {
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

/** The functions cognito-local is configured to invoke, by trigger. */
export const triggerFunctions = { PostConfirmation: 'shop-local-post-confirmation', PreTokenGeneration: 'shop-local-pre-token-generation' } as const;

interface TriggerEvent {
  triggerSource: string;
  userPoolId: string;
  userName: string;
  request: { userAttributes: Record<string, string> };
  response: Record<string, unknown>;
}

/** The ID token's `email_verified`, as Cognito writes it: the attribute's value, as a boolean. */
export const tokenOverrides = (event: TriggerEvent): TriggerEvent => {
  const { email, email_verified: verified } = event.request.userAttributes;
  if (!email) return event;
  return { ...event, response: { claimsOverrideDetails: { claimsToAddOrOverride: { email_verified: verified === 'true' } } } };
};

/**
 * Answers cognito-local's Lambda Invoke calls (`POST /2015-03-31/functions/<name>/invocations`)
 * for the triggers above; a trigger answers its event back, with its `response` filled in.
 */
export const startCognitoTriggers = async (cognitoEndpoint: string): Promise<{ url: string; stop(): Promise<void> }> => {
  const cognito = new CognitoIdentityProviderClient(sdkConfig(cognitoEndpoint));
  // A confirmed sign-up has proved its address, as in Cognito.
  const onPostConfirmation = async (event: TriggerEvent): Promise<TriggerEvent> => {
    const email = event.request.userAttributes.email;
    if (event.triggerSource !== 'PostConfirmation_ConfirmSignUp' || !email || event.request.userAttributes.email_verified === 'true') return event;
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
    return event;
  };
  const triggers: Record<string, (event: TriggerEvent) => Promise<TriggerEvent>> = {
    [`/2015-03-31/functions/${triggerFunctions.PostConfirmation}/invocations`]: onPostConfirmation,
    [`/2015-03-31/functions/${triggerFunctions.PreTokenGeneration}/invocations`]: async (event) => tokenOverrides(event),
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const trigger = request.method === 'POST' ? triggers[request.url ?? ''] : undefined;
      const run = trigger ? Promise.resolve().then(() => trigger(JSON.parse(Buffer.concat(chunks).toString()) as TriggerEvent)) : Promise.reject(new Error(`no local trigger at ${request.url}`));
      run.then(
        (answer) => {
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
        },
        (error: unknown) => {
          console.error(`[cognito-local] trigger ${request.url} failed:`, (error as Error).message);
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
  TriggerFunctions: { ...((existing.TriggerFunctions as Record<string, string> | undefined) ?? {}), ...triggerFunctions },
});
