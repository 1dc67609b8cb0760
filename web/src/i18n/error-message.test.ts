import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { en } from './en.ts';
import { errorMessage, messageForCode } from './error-message.ts';
import { fr } from './fr.ts';
import { translator } from './i18n.tsx';

const tFr = translator(fr);
const tEn = translator(en);

describe('error messages', () => {
  it('translates a code the API sends, with its details', () => {
    const error = new ApiError(409, 'insufficient_stock', 'Only 2 available', { sku: 'X', available: 2, requested: 3 });
    expect(errorMessage(error, tFr, 'fr')).toBe('Stock insuffisant : il ne reste que 2 exemplaire(s).');
    expect(errorMessage(error, tEn, 'en')).toBe('Not enough stock: only 2 left.');
  });

  it('uses the shop’s own discount texts and shows amounts in euros', () => {
    expect(messageForCode('discount_minimum_not_reached', tFr, 'fr', { minSubtotal: 4000 })).toBe('Ce code promo est valable dès 40,00\u00a0€ d’achat.');
    expect(messageForCode('discount_minimum_not_reached', tEn, 'en', { minSubtotal: 4000 })).toBe('This discount code applies to orders of €40.00 or more.');
  });

  it('falls back on the status for a code it does not know, and never shows the raw code', () => {
    expect(messageForCode('brand_new_code', tFr, 'fr', undefined, 503)).toBe(fr['error.internal_error']);
    expect(messageForCode('brand_new_code', tEn, 'en', undefined, 404)).toBe(en['error.not_found']);
    expect(messageForCode('brand_new_code', tEn, 'en', undefined, 409)).toBe(en['error.unknown']);
    expect(errorMessage(new TypeError('boom'), tFr, 'fr')).toBe(fr['error.unknown']);
  });

  it('has a message for every error code a shopper can meet', () => {
    const codes = ['network_error', 'cart_not_found', 'cart_converted', 'cart_full', 'out_of_stock', 'order_not_found', 'order_already_paid', 'return_window_closed', 'download_expired', 'delivery.unavailable', 'email.required'];
    for (const code of codes) {
      expect(messageForCode(code, tFr, 'fr'), code).not.toBe(fr['error.unknown']);
      expect(messageForCode(code, tEn, 'en'), code).not.toBe(en['error.unknown']);
    }
  });
});
