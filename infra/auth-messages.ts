/**
 * The emails the shoppers' pool sends, French then English in one message (Cognito has one text
 * per pool, not per language). The CDK stack sets them on the pool; the local stack relays every
 * code cognito-local prints into the SES emulator with the same texts, so both inboxes look alike.
 * Cognito uses the verification text for sign-up, resent codes and forgotten passwords alike.
 */

/** Where Cognito puts the code (or, in an invitation, the temporary password). */
export const codePlaceholder = '{####}';
export const usernamePlaceholder = '{username}';

export interface PoolEmail {
  subject: string;
  /** HTML, as Cognito sends it; holds each placeholder exactly once. */
  body: string;
}

export const verificationEmail: PoolEmail = {
  subject: 'Votre code de vérification · Your verification code',
  body: [
    '<p>Bonjour, voici votre code de vérification :</p>',
    `<p style="font-size:24px;letter-spacing:4px"><strong>${codePlaceholder}</strong></p>`,
    '<p>Saisissez-le sur la page de la boutique qui vous le demande. Si vous n’avez rien demandé, ignorez ce message.</p>',
    '<hr>',
    '<p lang="en">Hello, the code above is your verification code. Enter it on the shop page asking for it. If you did not ask for anything, ignore this message.</p>',
  ].join('\n'),
};

export const invitationEmail: PoolEmail = {
  subject: 'Votre compte client · Your customer account',
  body: [
    '<p>Bonjour, un compte client a été créé pour vous.</p>',
    `<p>Identifiant · Username : <strong>${usernamePlaceholder}</strong><br>Mot de passe provisoire · Temporary password : <strong>${codePlaceholder}</strong></p>`,
    '<p>Connectez-vous à la boutique avec ce mot de passe, puis choisissez le vôtre.</p>',
    '<hr>',
    '<p lang="en">Hello, a customer account was created for you. Sign in to the shop with the temporary password above, then choose your own.</p>',
  ].join('\n'),
};

/** A pool email with its placeholders filled in, as Cognito would send it. */
export const renderPoolEmail = (email: PoolEmail, values: { code: string; username?: string }): PoolEmail => {
  const escape = (value: string) => value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  // Replacement functions, so that a `$` in a temporary password is never read as a pattern.
  const fill = (text: string, safe: (value: string) => string) =>
    text.replaceAll(codePlaceholder, () => safe(values.code)).replaceAll(usernamePlaceholder, () => safe(values.username ?? ''));
  return { subject: fill(email.subject, String), body: fill(email.body, escape) };
};
