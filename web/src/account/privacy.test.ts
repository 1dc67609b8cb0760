import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { accountEn } from './i18n/en.ts';
import { accountFr } from './i18n/fr.ts';
import { fallbackExportName, filenameFromDisposition, inProgressReasons, ordersInProgressOf, reasonKey } from './privacy.ts';

describe('filenameFromDisposition', () => {
  it('reads the quoted file name the export route sends', () => {
    expect(filenameFromDisposition('attachment; filename="donnees-personnelles-2025-03-14.json"')).toBe('donnees-personnelles-2025-03-14.json');
  });

  it('reads a bare token and prefers the encoded form when both are given', () => {
    expect(filenameFromDisposition('attachment; filename=export.json')).toBe('export.json');
    expect(filenameFromDisposition(`attachment; filename="donnees.json"; filename*=UTF-8''donn%C3%A9es%20perso.json`)).toBe('données perso.json');
  });

  it('keeps escaped quotes and ignores other parameters named like it', () => {
    expect(filenameFromDisposition('attachment; filename="mes \\"données\\".json"')).toBe('mes "données".json');
    expect(filenameFromDisposition('attachment; xfilename="autre.json"')).toBe(fallbackExportName);
  });

  it('drops any folder and control character, and falls back when nothing usable is left', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromDisposition('attachment; filename="C:\\\\temp\\\\x.json"')).toBe('x.json');
    expect(filenameFromDisposition('attachment; filename="a\u0007b.json"')).toBe('ab.json');
    expect(filenameFromDisposition('attachment; filename=".."')).toBe(fallbackExportName);
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A`)).toBe(fallbackExportName);
    expect(filenameFromDisposition('attachment')).toBe(fallbackExportName);
    expect(filenameFromDisposition(null, 'x.json')).toBe('x.json');
  });
});

describe('ordersInProgressOf', () => {
  const refusal = (details: unknown) => new ApiError(409, 'orders_in_progress', 'Orders in progress', details);

  it('lists the orders of an orders_in_progress refusal with their reasons', () => {
    const orders = ordersInProgressOf(
      refusal({
        orders: [
          { orderId: 'o-1', number: 'B-2025-00012', reason: 'delivery_pending' },
          { orderId: 'o-2', number: 'B-2025-00013', reason: 'refund_pending' },
        ],
      }),
    );
    expect(orders).toEqual([
      { orderId: 'o-1', number: 'B-2025-00012', reason: 'delivery_pending' },
      { orderId: 'o-2', number: 'B-2025-00013', reason: 'refund_pending' },
    ]);
  });

  it('reads an unknown reason as the generic one and skips entries without an order id', () => {
    expect(ordersInProgressOf(refusal({ orders: [{ orderId: 'o-3', number: 'B-1', reason: 'carrier_strike' }, { number: 'B-2' }, null] }))).toEqual([{ orderId: 'o-3', number: 'B-1', reason: 'other' }]);
    expect(ordersInProgressOf(refusal({ orders: [{ orderId: 'o-4', reason: 'payment_pending' }] }))).toEqual([{ orderId: 'o-4', number: 'o-4', reason: 'payment_pending' }]);
    expect(ordersInProgressOf(refusal(undefined))).toEqual([]);
  });

  it('is undefined for any other failure', () => {
    expect(ordersInProgressOf(new ApiError(409, 'conflict', 'x', { orders: [] }))).toBeUndefined();
    expect(ordersInProgressOf(new ApiError(0, 'network_error', 'x'))).toBeUndefined();
    expect(ordersInProgressOf(new Error('x'))).toBeUndefined();
  });
});

describe('reasonKey', () => {
  it('has a sentence in both languages for every reason the API gives, and for an unknown one', () => {
    for (const reason of [...inProgressReasons, 'other'] as const) {
      const key = reasonKey(reason);
      expect(accountFr[key], reason).toMatch(/\S/);
      expect(accountEn[key], reason).toMatch(/\S/);
    }
    expect(new Set([...inProgressReasons].map((reason) => accountFr[reasonKey(reason)])).size).toBe(inProgressReasons.length);
  });
});
