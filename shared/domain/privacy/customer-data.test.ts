import { describe, expect, it } from 'vitest';
import { emailsOf, recordField, stringField } from './customer-data.ts';

const order = (email?: string) => ({ order: { pk: 'ORDER#o', sk: 'ORDER', ...(email ? { email } : {}) }, history: [], documents: [], downloadGrants: [], link: 'account' as const });

describe('emailsOf', () => {
  it('lists the verified address then each order email, lower-cased and trimmed, once each', () => {
    expect(emailsOf({ identity: { sub: 's', email: 'Ana@Example.com', emailVerified: true }, orders: [order(' ana@example.com '), order('Other@Example.com'), order()] })).toEqual(['ana@example.com', 'other@example.com']);
  });

  it('leaves out an address the pool has not verified', () => {
    expect(emailsOf({ identity: { sub: 's', email: 'ana@example.com', emailVerified: false }, orders: [] })).toEqual([]);
  });
});

describe('fields', () => {
  it('reads a string or a record field, and nothing of another type', () => {
    expect(stringField({ a: 'x' }, 'a')).toBe('x');
    expect(stringField({ a: 1 }, 'a')).toBeUndefined();
    expect(stringField(undefined, 'a')).toBeUndefined();
    expect(recordField({ a: { b: 1 } }, 'a')).toEqual({ b: 1 });
    expect(recordField({ a: [1] }, 'a')).toBeUndefined();
  });
});
