import { describe, expect, it } from 'vitest';
import { decodeHistoryCursor, encodeHistoryCursor, presentHistoryEntry, shipsParcel, type HistoryOrder } from './order-history.ts';

const order: HistoryOrder = {
  id: 'order-000001',
  number: '260501-ABCDE',
  status: 'paid',
  createdAt: '2026-05-01T10:00:00.000Z',
  locale: 'fr',
  totals: { total: 5490 },
  lines: [
    { sku: 'A', productId: 'p1', title: { fr: 'Robe', en: 'Dress' }, options: {}, quantity: 2, unitPrice: 2000, vatRate: 2000, digital: false },
    { sku: 'E', productId: 'p2', title: { fr: 'Livre', en: 'Book' }, options: {}, quantity: 1, unitPrice: 990, vatRate: 550, digital: true },
  ],
};

describe('history cursor', () => {
  it('round-trips a position', () => {
    const position = { createdAt: '2026-05-01T10:00:00.000Z', orderId: 'order-000001' };
    expect(decodeHistoryCursor(encodeHistoryCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64', '%%%'],
    ['empty', ''],
    ['no separator', Buffer.from('2026-05-01T10:00:00.000Z').toString('base64url')],
    ['not a time', Buffer.from('yesterday|order-000001').toString('base64url')],
    ['a bad id', Buffer.from('2026-05-01T10:00:00.000Z|../x').toString('base64url')],
    ['an extra part', Buffer.from('2026-05-01T10:00:00.000Z|order-000001|ACCOUNT#other').toString('base64url')],
    ['a raw table key', Buffer.from(JSON.stringify({ gsi4pk: 'ACCOUNT#other', gsi4sk: 'x' })).toString('base64url')],
  ])('refuses %s', (_, cursor) => {
    expect(decodeHistoryCursor(cursor)).toBeUndefined();
  });
});

describe('presentHistoryEntry', () => {
  it('counts items, localizes titles and adds the parcel status when known', () => {
    expect(presentHistoryEntry(order, 'en', 'in_transit')).toEqual({
      id: 'order-000001',
      number: '260501-ABCDE',
      status: 'paid',
      createdAt: '2026-05-01T10:00:00.000Z',
      total: 5490,
      itemCount: 3,
      lines: [
        { sku: 'A', title: 'Dress', quantity: 2 },
        { sku: 'E', title: 'Book', quantity: 1 },
      ],
      shipmentStatus: 'in_transit',
    });
    expect(presentHistoryEntry(order, undefined, undefined)).not.toHaveProperty('shipmentStatus');
    expect(presentHistoryEntry(order, undefined, undefined).lines[0]!.title).toBe('Robe');
  });
});

describe('shipsParcel', () => {
  it('asks for a parcel only for paid orders with something physical', () => {
    expect(shipsParcel(order)).toBe(true);
    expect(shipsParcel({ ...order, status: 'pending_payment' })).toBe(false);
    expect(shipsParcel({ ...order, lines: order.lines.filter((line) => line.digital) })).toBe(false);
  });
});
