import { describe, expect, it } from 'vitest';
import type { FunctionSpec } from '../functions.ts';
import { checkLeadingKeys, matchesLeadingKey, partitionKeysOf, prefixOf } from './key-guard.ts';

const spec: FunctionSpec = {
  name: 'carts',
  entry: 'functions/http/carts.ts',
  description: 'test',
  routes: [{ method: 'POST', path: '/api/carts', auth: 'public' }],
  access: { table: 'readwrite', leadingKeys: ['CART#*', 'SETTINGS#SHOP'] },
};

describe('partitionKeysOf', () => {
  it('finds the partition keys of every kind of table request, marshalled or not', () => {
    expect(partitionKeysOf('GetItemCommand', { Key: { pk: 'CART#1', sk: 'CART' } })).toEqual(['CART#1']);
    expect(partitionKeysOf('PutItemCommand', { Item: { pk: { S: 'CART#2' } } })).toEqual(['CART#2']);
    expect(partitionKeysOf('QueryCommand', { KeyConditionExpression: '#pk = :pk AND begins_with(sk, :s)', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': 'ORDER#9', ':s': 'E' } })).toEqual(['ORDER#9']);
    expect(partitionKeysOf('QueryCommand', { IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': 'CATALOG#1' } })).toEqual([]);
    expect(partitionKeysOf('TransactWriteItemsCommand', { TransactItems: [{ Put: { Item: { pk: 'ORDER#1' } } }, { Update: { Key: { pk: 'PRODUCT#2' } } }, { ConditionCheck: { Key: { pk: 'CART#3' } } }] })).toEqual(['ORDER#1', 'PRODUCT#2', 'CART#3']);
    expect(partitionKeysOf('BatchGetItemCommand', { RequestItems: { shop: { Keys: [{ pk: 'PRODUCT#1' }, { pk: 'PRODUCT#2' }] } } })).toEqual(['PRODUCT#1', 'PRODUCT#2']);
  });
});

describe('checkLeadingKeys', () => {
  it('allows the declared prefixes and exact keys, refuses the rest as IAM would', () => {
    expect(matchesLeadingKey('CART#x', 'CART#*')).toBe(true);
    expect(matchesLeadingKey('SETTINGS#SHOPX', 'SETTINGS#SHOP')).toBe(false);
    expect(prefixOf('ORDER#1')).toBe('ORDER#*');
    expect(prefixOf('CATEGORIES')).toBe('CATEGORIES');
    expect(() => checkLeadingKeys(spec, 'GetItemCommand', { Key: { pk: 'CART#1' } })).not.toThrow();
    expect(() => checkLeadingKeys(spec, 'GetItemCommand', { Key: { pk: 'SETTINGS#SHOP' } })).not.toThrow();
    expect(() => checkLeadingKeys(spec, 'GetItemCommand', { Key: { pk: 'ORDER#1' } })).toThrow(/carts is not allowed to GetItemCommand ORDER#\*/);
  });

  it('lets a rate-limited function add to its counters, by UpdateItem only', () => {
    expect(() => checkLeadingKeys(spec, 'UpdateCommand', { Key: { pk: 'RATE#cart-create#ip#1.2.3.4' } })).not.toThrow();
    expect(() => checkLeadingKeys(spec, 'DeleteItemCommand', { Key: { pk: 'RATE#cart-create#ip#1.2.3.4' } })).toThrow();
    const unlimited = { ...spec, routes: [{ method: 'GET' as const, path: '/api/settings', auth: 'public' as const }] };
    expect(() => checkLeadingKeys(unlimited, 'UpdateItemCommand', { Key: { pk: 'RATE#x' } })).toThrow();
  });

  it('checks nothing for a function without leading keys', () => {
    expect(() => checkLeadingKeys({ ...spec, access: { table: 'readwrite' } }, 'GetItemCommand', { Key: { pk: 'ORDER#1' } })).not.toThrow();
  });
});
