import { describe, expect, it } from 'vitest';
import {
  emailCapKey,
  holdCounterKey,
  emailPrefsKey,
  accountOrderKeys,
  cartEmailKeys,
  cartEmailPk,
  catalogFeedKeys,
  customerOrderKeys,
  catalogShardCount,
  catalogShardOf,
  discountListKeys,
  documentKeys,
  keys,
  productReviewKeys,
  productReviewsPk,
  rateCounterKey,
  rateCounterPrefix,
  reviewInviteKeys,
  reviewKeys,
  reviewStatusKeys,
  reviewStatusPk,
  reviewerKeys,
  reviewerPk,
} from './keys.ts';

describe('keys', () => {
  it('builds product, variant and claim keys', () => {
    expect(keys.product('p-1')).toEqual({ pk: 'PRODUCT#p-1', sk: 'PRODUCT' });
    expect(keys.variant('p-1', 'TSHIRT-M')).toEqual({ pk: 'PRODUCT#p-1', sk: 'VARIANT#TSHIRT-M' });
    expect(keys.slugClaim('robe-ete')).toEqual({ pk: 'SLUG#robe-ete', sk: 'SLUG' });
    expect(keys.skuClaim('A-1')).toEqual({ pk: 'SKU#A-1', sk: 'SKU' });
    expect(keys.stockMovement('A-1', '2026-01-01T00:00:00.000Z', 'm1')).toEqual({ pk: 'STOCKLOG#A-1', sk: '2026-01-01T00:00:00.000Z#m1' });
  });

  it('places an item in the catalog feed by shard and change time', () => {
    expect(catalogFeedKeys(3, '2026-01-01T00:00:00.000Z', keys.product('p-1'))).toEqual({
      gsi1pk: 'CATALOG#3',
      gsi1sk: '2026-01-01T00:00:00.000Z#PRODUCT#p-1#PRODUCT',
    });
  });

  it('spreads products over every shard, deterministically', () => {
    const shards = new Set(Array.from({ length: 200 }, (_, index) => catalogShardOf(`p-${index}`)));
    expect(shards.size).toBe(catalogShardCount);
    expect(catalogShardOf('p-42')).toBe(catalogShardOf('p-42'));
  });
});

describe('discount keys', () => {
  it('keeps a code, its per-email uses and its place in the merchant list apart', () => {
    expect(keys.discount('NOEL10')).toEqual({ pk: 'DISCOUNT#NOEL10', sk: 'DISCOUNT' });
    expect(keys.discountUse('NOEL10', 'h1')).toEqual({ pk: 'DISCOUNT#NOEL10', sk: 'EMAIL#h1' });
    expect(discountListKeys('NOEL10', '2026-11-01T00:00:00.000Z')).toEqual({ gsi3pk: 'DISCOUNTS', gsi3sk: '2026-11-01T00:00:00.000Z#NOEL10' });
  });
});

describe('category keys', () => {
  it('keeps every category and the tree revision in one partition', () => {
    expect(keys.category('robes')).toEqual({ pk: 'CATEGORIES', sk: 'CATEGORY#robes' });
    expect(keys.categoryTree()).toEqual({ pk: 'CATEGORIES', sk: 'TREE' });
  });
});

describe('review keys', () => {
  it('keeps a review, its claims and its invitation apart', () => {
    expect(reviewKeys.review('r1')).toEqual({ pk: 'REVIEW#r1', sk: 'REVIEW' });
    expect(reviewKeys.claim('p-1', 'sub#abc')).toEqual({ pk: 'REVIEWED#p-1#sub#abc', sk: 'REVIEWED' });
    expect(reviewKeys.claim('p-1', 'email#h1')).not.toEqual(reviewKeys.claim('p-2', 'email#h1'));
    expect(reviewKeys.invite('o1')).toEqual({ pk: 'ORDER#o1', sk: 'REVIEWINVITE' });
  });

  it('places a review in the moderation, product and buyer indexes, newest last in sort order', () => {
    const at = '2026-05-01T10:00:00.000Z';
    expect(reviewStatusKeys('pending', at, 'r1')).toEqual({ gsi3pk: 'REVIEW_STATUS#pending', gsi3sk: `${at}#r1` });
    expect(productReviewKeys('p-1', at, 'r1')).toEqual({ gsi2pk: 'PRODUCT_REVIEWS#p-1', gsi2sk: `${at}#r1` });
    expect(reviewerKeys('sub#abc', at, 'r1')).toEqual({ gsi1pk: 'REVIEWER#sub#abc', gsi1sk: `${at}#r1` });
    expect(reviewInviteKeys('o1', at)).toEqual({ gsi2pk: 'REVIEW_INVITES', gsi2sk: `${at}#o1` });
    expect(productReviewsPk('p-1')).toBe(productReviewKeys('p-1', at, 'r1').gsi2pk);
    expect(reviewStatusPk('approved')).toBe('REVIEW_STATUS#approved');
    expect(reviewerPk('email#h')).toBe('REVIEWER#email#h');
  });
});

describe('account keys', () => {
  it("keeps a shopper's profile, address book and consent history in one partition by sub", () => {
    expect(keys.customerProfile('sub-1')).toEqual({ pk: 'CUSTOMER#sub-1', sk: 'PROFILE' });
    expect(keys.customerAddressBook('sub-1')).toEqual({ pk: 'CUSTOMER#sub-1', sk: 'ADDRESSES' });
    expect(keys.consentChange('sub-1', '2026-05-01T10:00:00.000Z', 'c1')).toEqual({ pk: 'CUSTOMER#sub-1', sk: 'CONSENT#2026-05-01T10:00:00.000Z#c1' });
  });

  it("lists an account's orders on gsi4 by creation time then id, apart from the by-email index", () => {
    expect(accountOrderKeys('sub-1', '2026-05-01T10:00:00.000Z', 'o1')).toEqual({ gsi4pk: 'ACCOUNT#sub-1', gsi4sk: '2026-05-01T10:00:00.000Z#o1' });
    expect(customerOrderKeys('h1', '2026-05-01T10:00:00.000Z')).toEqual({ gsi1pk: 'CUSTOMER#h1', gsi1sk: '2026-05-01T10:00:00.000Z' });
    // Same instant, different orders: the id keeps both, in a stable order.
    expect(accountOrderKeys('s', 't', 'a').gsi4sk < accountOrderKeys('s', 't', 'b').gsi4sk).toBe(true);
  });
});

describe('cart email keys', () => {
  it('lists the carts holding an email under its hash on gsi1, apart from the orders of that hash', () => {
    expect(cartEmailKeys('h1', 'c1')).toEqual({ gsi1pk: 'CARTS#h1', gsi1sk: 'c1' });
    expect(cartEmailPk('h1')).toBe('CARTS#h1');
    expect(cartEmailPk('h1')).not.toBe(customerOrderKeys('h1', '').gsi1pk);
  });
});

describe('document keys', () => {
  it('keeps an order\'s documents in their own partition, credit notes in refund order', () => {
    expect(documentKeys.invoice('o1')).toEqual({ pk: 'DOCUMENTS#o1', sk: 'INVOICE' });
    expect(documentKeys.creditNote('o1', 1500)).toEqual({ pk: 'DOCUMENTS#o1', sk: 'CREDIT#000000001500' });
    expect(documentKeys.creditNote('o1', 999).sk < documentKeys.creditNote('o1', 1000).sk).toBe(true);
    expect(documentKeys.orderDocuments('o1')).toBe(documentKeys.invoice('o1').pk);
  });

  it('numbers each kind in one partition, entries sorted by sequence', () => {
    expect(documentKeys.sequenceCounter('invoice')).toEqual({ pk: 'SEQUENCE#invoice', sk: 'COUNTER' });
    expect(documentKeys.sequenceEntry('invoice', 42)).toEqual({ pk: 'SEQUENCE#invoice', sk: 'NUMBER#000000000042' });
    expect(documentKeys.sequenceEntry('credit_note', 9).sk < documentKeys.sequenceEntry('credit_note', 10).sk).toBe(true);
    expect(documentKeys.sequencePk('invoice')).toBe('SEQUENCE#invoice');
  });
});

describe('email send caps', () => {
  it('counts per kind and UTC day in the address partition, apart from its preferences', () => {
    expect(emailCapKey('h1', 'confirmation', '2026-12-03')).toEqual({ pk: 'EMAIL#h1', sk: 'SENT#confirmation#2026-12-03' });
    expect(emailCapKey('h1', 'reminder', '2026-12-03').sk).not.toBe(emailCapKey('h1', 'confirmation', '2026-12-03').sk);
    expect(emailCapKey('h1', 'reminder', '2026-12-03').sk).not.toBe(emailPrefsKey('h1').sk);
  });
});

describe('rate counter keys', () => {
  it('puts each class, scope and value in its own partition, one item per window', () => {
    expect(rateCounterKey('discount', 'ip', '198.51.100.7', 1767225600)).toEqual({ pk: 'RATE#discount#ip#198.51.100.7', sk: 'WINDOW#1767225600' });
    expect(rateCounterKey('discount', 'ip', '198.51.100.7', 1767225600).pk.startsWith(rateCounterPrefix)).toBe(true);
  });
});

describe('hold counters', () => {
  it('counts a client apart from an email, next to the email preferences', () => {
    expect(holdCounterKey('client', 'h1')).toEqual({ pk: 'CLIENT#h1', sk: 'HOLDS' });
    expect(holdCounterKey('email', 'h1')).toEqual({ pk: 'EMAIL#h1', sk: 'HOLDS' });
    expect(holdCounterKey('email', 'h1').sk).not.toBe(emailPrefsKey('h1').sk);
  });
});
