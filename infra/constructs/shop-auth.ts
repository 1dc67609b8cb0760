import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

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
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      ...(threatProtection
        ? { featurePlan: FeaturePlan.PLUS, standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION }
        : {}),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason: 'Shoppers must be able to buy without an authenticator app; TOTP MFA is offered (optional) to every account.',
    });
    if (!threatProtection) {
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions-COG8',
        reason: 'Threat protection needs the Cognito Plus plan, billed per monthly active user; the merchant enables it with the context flag threatProtection=true.',
      });
    }

    this.userPool.addGroup('MerchantsGroup', {
      groupName: merchantsGroup,
      description: 'Merchants: may call the admin API',
    });

    // A public client (the storefront runs in the browser): no secret, no hosted-UI OAuth flows.
    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userPassword: true, userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
    });

    this.issuer = `https://cognito-idp.${Stack.of(this).region}.${Stack.of(this).urlSuffix}/${this.userPool.userPoolId}`;

    this.merchantPool = new UserPool(this, 'MerchantPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      ...(threatProtection
        ? { featurePlan: FeaturePlan.PLUS, standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION }
        : {}),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (!threatProtection) {
      Validations.of(this.merchantPool).acknowledge({
        id: 'AwsSolutions-COG8',
        reason: 'Threat protection needs the Cognito Plus plan, billed per monthly active user; the merchant enables it with the context flag threatProtection=true.',
      });
    }
    this.merchantPool.addGroup('MerchantPoolMerchantsGroup', {
      groupName: merchantsGroup,
      description: 'Merchants: may call the admin API',
    });
    // The admin pages run in the browser: a public client, short-lived tokens, no OAuth flows.
    this.merchantClient = this.merchantPool.addClient('AdminClient', {
      generateSecret: false,
      authFlows: { userPassword: true, userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });
    this.merchantIssuer = `https://cognito-idp.${Stack.of(this).region}.${Stack.of(this).urlSuffix}/${this.merchantPool.userPoolId}`;
  }
}
