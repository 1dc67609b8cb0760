import { describe, expect, it } from 'vitest';
import { addAddress, maxAddresses, presentAddress, removeAddress, updateAddress, type SavedAddress } from './address-book.ts';

const address = { firstName: 'Ana', lastName: 'Martin', line1: '12 rue des Lilas', postcode: '75011', city: 'Paris', country: 'FR' as const };
const t0 = '2026-05-01T10:00:00.000Z';
const t1 = '2026-05-02T10:00:00.000Z';

const book = (count: number, defaultIndex = 0): SavedAddress[] =>
  Array.from({ length: count }, (_, index) => ({ ...address, line1: `${index} rue`, id: `a${index}`, isDefault: index === defaultIndex, createdAt: t0, updatedAt: t0 }));

const defaults = (addresses: SavedAddress[]) => addresses.filter((entry) => entry.isDefault).map((entry) => entry.id);

describe('addAddress', () => {
  it('makes the first address the default even when not asked', () => {
    const change = addAddress([], { address }, 'a0', t0);
    expect(change).toMatchObject({ ok: true, address: { id: 'a0', isDefault: true, createdAt: t0 } });
  });

  it('keeps the default unless the new address asks for it, then moves it', () => {
    const kept = addAddress(book(2), { address }, 'new', t1);
    expect(kept.ok && defaults(kept.addresses)).toEqual(['a0']);
    const moved = addAddress(book(2), { address, isDefault: true }, 'new', t1);
    expect(moved.ok && defaults(moved.addresses)).toEqual(['new']);
  });

  it(`refuses a ${maxAddresses + 1}st address`, () => {
    expect(addAddress(book(maxAddresses - 1), { address }, 'last', t1).ok).toBe(true);
    expect(addAddress(book(maxAddresses), { address }, 'more', t1)).toEqual({ ok: false, reason: 'address_limit' });
  });
});

describe('updateAddress', () => {
  it('replaces every field (an optional one left out is gone) and keeps creation time', () => {
    const withCompany = book(1).map((entry) => ({ ...entry, company: 'ACME' }));
    const change = updateAddress(withCompany, 'a0', { address: { ...address, city: 'Lyon', postcode: '69001' } }, t1);
    expect(change).toMatchObject({ ok: true, address: { id: 'a0', city: 'Lyon', isDefault: true, createdAt: t0, updatedAt: t1 } });
    expect(change.ok && change.address).not.toHaveProperty('company');
  });

  it('moves the default to an address asked to be it', () => {
    const change = updateAddress(book(3), 'a2', { address, isDefault: true }, t1);
    expect(change.ok && defaults(change.addresses)).toEqual(['a2']);
  });

  it('refuses to switch the default off by itself, and an unknown id', () => {
    expect(updateAddress(book(2), 'a0', { address, isDefault: false }, t1)).toEqual({ ok: false, reason: 'default_address_required' });
    expect(updateAddress(book(2), 'nope', { address }, t1)).toEqual({ ok: false, reason: 'address_not_found' });
  });
});

describe('removeAddress', () => {
  it('hands the default to the oldest remaining address', () => {
    const change = removeAddress(book(3, 0), 'a0');
    expect(change.ok && change.addresses.map((entry) => entry.id)).toEqual(['a1', 'a2']);
    expect(change.ok && defaults(change.addresses)).toEqual(['a1']);
  });

  it('leaves the default alone when another address goes, and an empty book without one', () => {
    const other = removeAddress(book(3, 1), 'a2');
    expect(other.ok && defaults(other.addresses)).toEqual(['a1']);
    expect(removeAddress(book(1), 'a0')).toEqual({ ok: true, addresses: [] });
    expect(removeAddress(book(1), 'a9')).toEqual({ ok: false, reason: 'address_not_found' });
  });
});

describe('presentAddress', () => {
  it('shows the id, the default flag and the address fields only', () => {
    expect(presentAddress(book(1)[0]!)).toEqual({ id: 'a0', isDefault: true, ...address, line1: '0 rue' });
  });
});
