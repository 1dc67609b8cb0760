import * as z from 'zod/mini';
import { sendEmail } from '#shared/clients/email.ts';
import { readEnv } from '#shared/config/env.ts';
import { loadCarrierSecrets } from '#shared/fulfilment/carrier-secrets.ts';
import type { TrackingDeps } from '#shared/fulfilment/tracking.ts';
import { AppError } from '#shared/http/errors.ts';

const env = readEnv(z.object({ SHOP_URL: z.url(), EMAIL_FROM: z.string().check(z.minLength(3)), SHOP_NAME: z.optional(z.string()), SUPPORT_EMAIL: z.optional(z.string()) }));

export const carrierSecrets = await loadCarrierSecrets();

export const trackingDeps = (): TrackingDeps => ({
  now: new Date(),
  shop: { shopName: env.SHOP_NAME ?? 'La Boutique', shopUrl: env.SHOP_URL, supportEmail: env.SUPPORT_EMAIL ?? env.EMAIL_FROM, emailFrom: env.EMAIL_FROM },
  send: sendEmail,
});

export const rawBodyOf = (event: { body?: string; isBase64Encoded: boolean }): string =>
  event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');

export const unauthorizedSignature = () => new AppError('unauthorized', 'invalid_signature', 'The signature does not match this payload or is too old.');

/** The body as JSON, or 400. */
export const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('validation', 'invalid_json', 'The body is not valid JSON.');
  }
};
