import { describe, expect, it } from 'vitest';
import type { OrderLine } from '#shared/domain/orders/model.ts';
import {
  aggregateChange,
  authorNameOf,
  buyerIdentities,
  canDecide,
  isRating,
  normalizeReviewText,
  orderProducts,
  ownerIdentity,
  ratingSortKey,
  ratingSummary,
  reviewTextProblem,
} from './rules.ts';

const line = (sku: string, productId: string, digital = false): OrderLine => ({
  sku,
  productId,
  title: { fr: `Titre ${sku}`, en: `Title ${sku}` },
  options: {},
  quantity: 1,
  unitPrice: 1000,
  vatRate: 2000,
  digital,
});

const paid = { status: 'paid' as const, paidAt: '2026-05-01T10:00:00.000Z' };

describe('orderProducts', () => {
  it('makes a physical product reviewable only once a shipment holding it is delivered', () => {
    const lines = [line('A-1', 'pa'), line('B-1', 'pb')];
    expect(orderProducts({ ...paid, lines }, [{ status: 'in_transit', lines: [{ sku: 'A-1', quantity: 1 }] }]).map((product) => product.state)).toEqual(['not_received', 'not_received']);
    const delivered = orderProducts({ ...paid, lines }, [
      { status: 'delivered', lines: [{ sku: 'A-1', quantity: 1 }] },
      { status: 'out_for_delivery', lines: [{ sku: 'B-1', quantity: 1 }] },
    ]);
    expect(delivered).toEqual([
      { productId: 'pa', sku: 'A-1', title: lines[0]!.title, digital: false, state: 'reviewable' },
      { productId: 'pb', sku: 'B-1', title: lines[1]!.title, digital: false, state: 'not_received' },
    ]);
  });

  it('lists a product once when the order holds two of its variants, reviewable through either', () => {
    const products = orderProducts({ ...paid, lines: [line('T-S', 'pt'), line('T-M', 'pt')] }, [{ status: 'delivered', lines: [{ sku: 'T-M', quantity: 1 }] }]);
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({ productId: 'pt', sku: 'T-M', state: 'reviewable' });
  });

  it('makes a digital product reviewable once paid, and no longer after a full refund', () => {
    const lines = [line('E-1', 'pe', true)];
    expect(orderProducts({ ...paid, lines }, [])[0]!.state).toBe('reviewable');
    expect(orderProducts({ status: 'refunded', paidAt: paid.paidAt, lines }, [])[0]!.state).toBe('not_received');
    expect(orderProducts({ status: 'pending_payment', lines }, [])[0]!.state).toBe('not_received');
  });

  it('never lets an unpaid or cancelled order review anything, even with a delivered shipment', () => {
    const shipments = [{ status: 'delivered', lines: [{ sku: 'A-1', quantity: 1 }] }];
    expect(orderProducts({ status: 'cancelled', lines: [line('A-1', 'pa')] }, shipments)[0]!.state).toBe('not_received');
    expect(orderProducts({ status: 'pending_payment', lines: [line('A-1', 'pa')] }, shipments)[0]!.state).toBe('not_received');
  });

  it('keeps a delivered then returned item reviewable', () => {
    const products = orderProducts({ status: 'refunded', paidAt: paid.paidAt, lines: [line('A-1', 'pa')] }, [{ status: 'delivered', lines: [{ sku: 'A-1', quantity: 1 }] }]);
    expect(products[0]!.state).toBe('reviewable');
  });
});

describe('buyer identities', () => {
  const hash = (email: string) => `h(${email})`;

  it('counts a guest review against the order email only', () => {
    expect(buyerIdentities({}, 'h1')).toEqual(['email#h1']);
    expect(ownerIdentity({}, 'h1')).toBe('email#h1');
  });

  it('adds the order account and the caller account and verified email, without duplicates', () => {
    expect(buyerIdentities({ customerSub: 's1' }, 'h1', { sub: 's1', email: 'a@b.c', emailVerified: true }, hash)).toEqual(['email#h1', 'sub#s1', 'email#h(a@b.c)']);
    expect(buyerIdentities({ customerSub: 's1' }, 'h1', { sub: 's1', email: 'a@b.c', emailVerified: false }, hash)).toEqual(['email#h1', 'sub#s1']);
    expect(ownerIdentity({ customerSub: 's1' }, 'h1')).toBe('sub#s1');
  });
});

describe('review text', () => {
  it('trims, unifies line endings, drops control characters and extra blank lines', () => {
    expect(normalizeReviewText('  Très bien\r\n\r\n\r\n\r\nJe recommande\u0007 \t ')).toBe('Très bien\n\nJe recommande');
  });

  it('counts characters, not UTF-16 units, against the limits', () => {
    expect(reviewTextProblem('ok')).toBe('too_short');
    expect(reviewTextProblem('👍👍👍')).toBeUndefined();
    expect(reviewTextProblem('é'.repeat(2000))).toBeUndefined();
    expect(reviewTextProblem('😀'.repeat(2001))).toBe('too_long');
  });

  it('accepts whole ratings from 1 to 5 only', () => {
    expect([0, 1, 3, 5, 6, 4.5].map(isRating)).toEqual([false, true, true, true, false, false]);
  });
});

describe('author name', () => {
  it('shows the first name and the initial of the last name, or nothing without an address', () => {
    expect(authorNameOf({ shippingAddress: { firstName: 'Ana', lastName: 'martin' } })).toBe('Ana M.');
    expect(authorNameOf({ shippingAddress: { firstName: 'Élise', lastName: '' } })).toBe('Élise');
    expect(authorNameOf({})).toBeNull();
  });
});

describe('rating aggregate', () => {
  it('averages to one decimal and is null without reviews', () => {
    expect(ratingSummary(14, 3)).toEqual({ average: 4.7, count: 3 });
    expect(ratingSummary(9, 2)).toEqual({ average: 4.5, count: 2 });
    expect(ratingSummary(0, 0)).toBeNull();
    expect(ratingSummary(undefined, undefined)).toBeNull();
  });

  it('sorts by the shown average, then by number of reviews, unrated last', () => {
    const keys = [ratingSortKey(5, 1), ratingSortKey(47, 10), ratingSortKey(94, 20), ratingSortKey(undefined, undefined), ratingSortKey(4, 1)];
    const order = keys.map((key, index) => ({ key, index })).sort((a, b) => b.key - a.key).map((entry) => entry.index);
    expect(order).toEqual([0, 2, 1, 4, 3]);
  });

  it('adds a rating on approval and takes it back when an approved review is rejected', () => {
    expect(aggregateChange('pending', 'approved', 4)).toEqual({ sum: 4, count: 1 });
    expect(aggregateChange('approved', 'rejected', 4)).toEqual({ sum: -4, count: -1 });
    expect(aggregateChange('pending', 'rejected', 4)).toBeUndefined();
  });

  it('approves only pending reviews and rejects pending or approved ones', () => {
    expect(canDecide('pending', 'approved')).toBe(true);
    expect(canDecide('rejected', 'approved')).toBe(false);
    expect(canDecide('approved', 'approved')).toBe(false);
    expect(canDecide('approved', 'rejected')).toBe(true);
    expect(canDecide('rejected', 'rejected')).toBe(false);
  });
});
