import { describe, expect, it } from 'vitest';
import { catalogFeedKeys, catalogShardCount, catalogShardOf, discountListKeys, keys } from './keys.ts';

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
