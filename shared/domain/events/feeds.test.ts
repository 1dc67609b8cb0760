import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, feedOf, monthsBetween, startPosition } from './feeds.ts';

describe('event feeds', () => {
  it('walks the months of a period, across years', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-12', '2026-12')).toEqual(['2026-12']);
    expect(monthsBetween('2027-01', '2026-12')).toEqual([]);
  });

  it('round-trips a cursor and refuses anything else', () => {
    const position = { month: '2026-12', after: '2026-12-03T10:00:00.000Z#e1' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    expect(decodeCursor('not-a-cursor')).toBeUndefined();
    expect(decodeCursor(Buffer.from('["2026-13","x"]').toString('base64url'))).toBeUndefined();
    expect(decodeCursor(Buffer.from('{"month":"2026-12"}').toString('base64url'))).toBeUndefined();
  });

  it('starts at the moment asked, and files events by kind', () => {
    expect(startPosition('2026-12-01T00:00:00.000Z')).toEqual({ month: '2026-12', after: '2026-12-01T00:00:00.000Z' });
    expect(feedOf('order.paid')).toBe('order');
    expect(feedOf('return.received')).toBe('order');
    expect(feedOf('stock.changed')).toBe('stock');
    expect(feedOf('product.published')).toBe('catalog');
  });
});
