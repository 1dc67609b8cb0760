import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { invitationEmail, verificationEmail } from '../auth-messages.ts';

export const merchantsGroup = 'merchants';

export interface ShopAuthProps {
  /**
   * Cognito Plus plan with threat protection enforced. Billed per monthly active user, so a
   * merchant opts in rather than paying for it by default.
   */
  threatProtection?: boolean;
}

/**
 * Two user pools. Customers sign up themselves in the shoppers' pool (MFA optional). Merchants
 * live in their own pool, created by an administrator only, with TOTP MFA required: Cognito sets
 * MFA per pool, so a separate pool is what makes it mandatory for merchants and never for shoppers.
 * The admin API trusts only the merchants' pool, and within it only the `merchants` group.
 */
export class ShopAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** The `iss` claim of the shoppers' pool tokens. */
  readonly issuer: string;
  readonly merchantPool: UserPool;
  readonly merchantClient: UserPoolClient;
  readonly merchantIssuer: string;

  constructor(scope: Construct, id: string, { threatProtection = false }: ShopAuthProps = {}) {
    super(scope, id);
    const { region, urlSuffix } = Stack.of(this);

    this.userPool = emailPool(this, 'UserPool', { threatProtection, selfSignUp: true, minPasswordLength: 12, mfa: Mfa.OPTIONAL });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason: 'Shoppers must be able to buy without an authenticator app; TOTP MFA is offered (optional) to every account.',
    });
    // A public client (the storefront runs in the browser): no secret, no hosted-UI OAuth flows.
    this.client = this.userPool.addClient('WebClient', browserClient);
    this.issuer = `https://cognito-idp.${region}.${urlSuffix}/${this.userPool.userPoolId}`;

    this.merchantPool = emailPool(this, 'MerchantPool', { threatProtection, selfSignUp: false, minPasswordLength: 14, mfa: Mfa.REQUIRED });
    this.merchantPool.addGroup('MerchantPoolMerchantsGroup', { groupName: merchantsGroup, description: 'Merchants: may call the admin API' });
    // The admin pages run in the browser too, with short-lived tokens.
    this.merchantClient = this.merchantPool.addClient('AdminClient', {
      ...browserClient,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });
    this.merchantIssuer = `https://cognito-idp.${region}.${urlSuffix}/${this.merchantPool.userPoolId}`;
  }
}

const browserClient = { generateSecret: false, authFlows: { userPassword: true, userSrp: true }, disableOAuth: true, preventUserExistenceErrors: true };

/** A pool signing in by email with strong passwords, TOTP as the only second factor, retained on stack deletion. */
const emailPool = (
  scope: Construct,
  id: string,
  options: { threatProtection: boolean; selfSignUp: boolean; minPasswordLength: number; mfa: Mfa },
): UserPool => {
  const pool = new UserPool(scope, id, {
    selfSignUpEnabled: options.selfSignUp,
    signInAliases: { email: true },
    // Self-registered shoppers verify their address; merchants' addresses are set by an administrator.
    ...(options.selfSignUp ? { autoVerify: { email: true } } : {}),
    // Shoppers get the codes in French and English in one message (the local inbox shows the same).
    ...(options.selfSignUp
      ? {
          userVerification: { emailStyle: VerificationEmailStyle.CODE, emailSubject: verificationEmail.subject, emailBody: verificationEmail.body },
          userInvitation: { emailSubject: invitationEmail.subject, emailBody: invitationEmail.body },
        }
      : {}),
    standardAttributes: { email: { required: true, mutable: true } },
    passwordPolicy: {
      minLength: options.minPasswordLength,
      requireLowercase: true,
      requireUppercase: true,
      requireDigits: true,
      requireSymbols: true,
      ...(options.selfSignUp ? {} : { tempPasswordValidity: Duration.days(3) }),
    },
    mfa: options.mfa,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    ...(options.threatProtection ? { featurePlan: FeaturePlan.PLUS, standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION } : {}),
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  if (!options.threatProtection) {
    Validations.of(pool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason: 'Threat protection needs the Cognito Plus plan, billed per monthly active user; the merchant enables it with the context flag threatProtection=true.',
    });
  }
  return pool;
};
