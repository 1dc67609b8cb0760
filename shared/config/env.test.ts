import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { queueUrlsFromEnv, readEnv } from './env.ts';

describe('readEnv', () => {
  const schema = z.object({ TABLE_NAME: z.string(), AUTH_ISSUER: z.url() });

  it('returns the typed values', () => {
    expect(readEnv(schema, { TABLE_NAME: 'shop', AUTH_ISSUER: 'https://issuer.example' })).toEqual({
      TABLE_NAME: 'shop',
      AUTH_ISSUER: 'https://issuer.example',
    });
  });

  it('fails fast naming every missing or malformed variable', () => {
    expect(() => readEnv(schema, { AUTH_ISSUER: 'not a url' })).toThrow(/TABLE_NAME.*AUTH_ISSUER|AUTH_ISSUER.*TABLE_NAME/);
  });
});

describe('queueUrlsFromEnv', () => {
  it('maps QUEUE_URL_* variables to queue names', () => {
    expect(queueUrlsFromEnv({ QUEUE_URL_CART_REMINDERS: 'u1', QUEUE_URL_FULFILMENT: 'u2', OTHER: 'x' })).toEqual({
      'cart-reminders': 'u1',
      fulfilment: 'u2',
    });
  });
});
