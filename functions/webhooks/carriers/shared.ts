import { loadCarrierSecrets } from '#shared/fulfilment/carrier-secrets.ts';
import { AppError, NotFoundError } from '#shared/http/errors.ts';

export const carrierSecrets = await loadCarrierSecrets();

export const rawBodyOf = (event: { body?: string; isBase64Encoded: boolean }): string =>
  event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');

/** 404 for a carrier id we hold no secret for: configured carriers are the only ones that exist. */
export const carrierNotFound = () => new NotFoundError('No such carrier.', 'carrier_not_found');

export const unauthorizedSignature = () => new AppError('unauthorized', 'invalid_signature', 'The signature does not match this payload or is too old.');

/** The body as JSON, or 400. */
export const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('validation', 'invalid_json', 'The body is not valid JSON.');
  }
};
