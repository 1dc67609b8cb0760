/**
 * Refuses requests that did not come through CloudFront: CloudFront adds `x-origin-verify` with a
 * secret generated at deploy, which the functions receive as `ORIGIN_VERIFY_SECRET`; a request sent
 * straight to the execute-api endpoint lacks it. Without the variable (unit tests) nothing is checked.
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AppError } from './errors.ts';

export const originHeader = 'x-origin-verify';

export class OriginRefusedError extends AppError {
  constructor() {
    super('forbidden', 'origin_refused', 'This API is only served through the shop’s own address.');
  }
}

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export const checkOrigin = (event: APIGatewayProxyEventV2, expected = process.env.ORIGIN_VERIFY_SECRET): void => {
  if (!expected) return;
  const given = event.headers?.[originHeader];
  if (typeof given !== 'string' || !sameSecret(given, expected)) throw new OriginRefusedError();
};

export const originGuard = (): MiddlewareObj<APIGatewayProxyEventV2> => ({
  before: ({ event }) => checkOrigin(event),
});
