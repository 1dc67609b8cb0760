import { Duration } from 'aws-cdk-lib';
import {
  HeadersFrameOption,
  HeadersReferrerPolicy,
  type ResponseCustomHeader,
  type ResponseSecurityHeadersBehavior,
} from 'aws-cdk-lib/aws-cloudfront';

export interface HeaderBehaviours {
  securityHeadersBehavior: ResponseSecurityHeadersBehavior;
  customHeadersBehavior?: { customHeaders: ResponseCustomHeader[] };
}

const fail = (header: string, value: string): never => {
  throw new Error(`Cannot express ${header}: ${value} in a CloudFront response headers policy`);
};

const strictTransportSecurity = (value: string): ResponseSecurityHeadersBehavior['strictTransportSecurity'] => {
  const maxAge = /max-age=(\d+)/i.exec(value)?.[1] ?? fail('strict-transport-security', value);
  return {
    accessControlMaxAge: Duration.seconds(Number(maxAge)),
    includeSubdomains: /includesubdomains/i.test(value),
    preload: /preload/i.test(value),
    override: true,
  };
};

const frameOption = (value: string): HeadersFrameOption => {
  const upper = value.toUpperCase();
  if (upper === 'DENY') return HeadersFrameOption.DENY;
  if (upper === 'SAMEORIGIN') return HeadersFrameOption.SAMEORIGIN;
  return fail('x-frame-options', value);
};

const referrerPolicy = (value: string): HeadersReferrerPolicy =>
  Object.values(HeadersReferrerPolicy).find((policy) => policy === value.toLowerCase()) ??
  fail('referrer-policy', value);

/**
 * Turns the header map the local gateway also serves into CloudFront's shape: the headers CloudFront
 * models as security headers go there (it refuses them as custom headers), the rest are custom.
 */
export const headerBehaviours = (headers: Record<string, string>): HeaderBehaviours => {
  const security: { -readonly [K in keyof ResponseSecurityHeadersBehavior]: ResponseSecurityHeadersBehavior[K] } = {};
  const customHeaders: ResponseCustomHeader[] = [];
  for (const [name, value] of Object.entries(headers)) {
    switch (name.toLowerCase()) {
      case 'content-security-policy':
        security.contentSecurityPolicy = { contentSecurityPolicy: value, override: true };
        break;
      case 'strict-transport-security':
        security.strictTransportSecurity = strictTransportSecurity(value);
        break;
      case 'x-content-type-options':
        if (value.toLowerCase() !== 'nosniff') fail(name, value);
        security.contentTypeOptions = { override: true };
        break;
      case 'x-frame-options':
        security.frameOptions = { frameOption: frameOption(value), override: true };
        break;
      case 'referrer-policy':
        security.referrerPolicy = { referrerPolicy: referrerPolicy(value), override: true };
        break;
      default:
        customHeaders.push({ header: name, value, override: true });
    }
  }
  return {
    securityHeadersBehavior: security,
    ...(customHeaders.length ? { customHeadersBehavior: { customHeaders } } : {}),
  };
};
