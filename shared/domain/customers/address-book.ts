/**
 * A shopper's saved addresses: at most 20, and exactly one default whenever there is any. The
 * whole book is one value so that every change keeps both rules at once (and one conditional
 * write stores it).
 */
import type { Address } from '#shared/schemas/address.ts';

export const maxAddresses = 20;

export interface SavedAddress extends Address {
  id: string;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

export type AddressBookRefusal = 'address_limit' | 'address_not_found' | 'default_address_required';

export type AddressBookChange = { ok: true; addresses: SavedAddress[]; address?: SavedAddress } | { ok: false; reason: AddressBookRefusal };

const makeDefault = (addresses: SavedAddress[], id: string): SavedAddress[] => addresses.map((entry) => ({ ...entry, isDefault: entry.id === id }));

/** Adds an address; the first one, or one asked to be, becomes the default. */
export const addAddress = (addresses: SavedAddress[], input: { address: Address; isDefault?: boolean }, id: string, now: string): AddressBookChange => {
  if (addresses.length >= maxAddresses) return { ok: false, reason: 'address_limit' };
  const address: SavedAddress = { ...input.address, id, isDefault: false, createdAt: now, updatedAt: now };
  const next = [...addresses, address];
  const isDefault = input.isDefault === true || addresses.length === 0;
  const result = isDefault ? makeDefault(next, id) : next;
  return { ok: true, addresses: result, address: result.at(-1)! };
};

/**
 * Replaces an address's fields; `isDefault: true` moves the default to it. The default cannot be
 * switched off by itself (another address must be made the default instead).
 */
export const updateAddress = (addresses: SavedAddress[], id: string, input: { address: Address; isDefault?: boolean }, now: string): AddressBookChange => {
  const current = addresses.find((entry) => entry.id === id);
  if (!current) return { ok: false, reason: 'address_not_found' };
  if (current.isDefault && input.isDefault === false) return { ok: false, reason: 'default_address_required' };
  // Every field is replaced: an optional field left out is removed, as in the checkout form.
  const replaced: SavedAddress = { ...input.address, id, isDefault: current.isDefault, createdAt: current.createdAt, updatedAt: now };
  const next = addresses.map((entry) => (entry.id === id ? replaced : entry));
  const result = input.isDefault === true ? makeDefault(next, id) : next;
  return { ok: true, addresses: result, address: result.find((entry) => entry.id === id)! };
};

/** Removes an address; when it was the default, the oldest remaining one takes over. */
export const removeAddress = (addresses: SavedAddress[], id: string): AddressBookChange => {
  const removed = addresses.find((entry) => entry.id === id);
  if (!removed) return { ok: false, reason: 'address_not_found' };
  const rest = addresses.filter((entry) => entry.id !== id);
  return { ok: true, addresses: removed.isDefault && rest.length ? makeDefault(rest, rest[0]!.id) : rest };
};

/** What the shopper sees of a saved address: its id, whether it is the default, and the checkout's address fields. */
export const presentAddress = ({ createdAt: _created, updatedAt: _updated, ...address }: SavedAddress) => address;
