/**
 * The shopper's cart, shared by every page: its id lives in localStorage, its content comes from
 * the API (always priced live). Pages read it with `useCart` and change it with the actions below.
 */
import { useEffect, useState } from 'preact/hooks';
import * as carts from '../api/carts.ts';
import { ApiError } from '../api/client.ts';
import type { Cart, Locale } from '../api/types.ts';

const storageKey = 'boutique.cartId';

export interface CartState {
  cart: Cart | null;
  /** True until the stored cart has been read once. */
  loading: boolean;
}

let state: CartState = { cart: null, loading: true };
let view: carts.CartView = {};
const listeners = new Set<(state: CartState) => void>();

const publish = (next: Partial<CartState>) => {
  state = { ...state, ...next };
  for (const listener of listeners) listener(state);
};

const storedId = (): string | null => {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
};

const storeId = (cartId: string | null): void => {
  try {
    if (cartId) localStorage.setItem(storageKey, cartId);
    else localStorage.removeItem(storageKey);
  } catch {
    // Without storage the cart lasts as long as the page.
  }
};

/** A cart that can no longer take changes (expired, or already ordered). */
const isGone = (error: unknown) => error instanceof ApiError && (error.code === 'cart_not_found' || error.code === 'cart_converted');

const hasView = () => Boolean(view.country || view.delivery);

/** Mutations answer the cart priced for the default view; the checkout's view is applied again. */
const settle = async (cart: Cart): Promise<Cart> => {
  const shown = hasView() ? await carts.getCart(cart.id, view) : cart;
  publish({ cart: shown, loading: false });
  return shown;
};

/** Reads the stored cart (if any) for the current view; forgets it when it is gone or ordered. */
export const loadCart = async (): Promise<Cart | null> => {
  const cartId = storedId();
  if (!cartId) {
    publish({ cart: null, loading: false });
    return null;
  }
  try {
    const cart = await carts.getCart(cartId, view);
    if (cart.status !== 'open') {
      forgetCart();
      return null;
    }
    publish({ cart, loading: false });
    return cart;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      forgetCart();
      return null;
    }
    publish({ loading: false });
    throw error;
  }
};

/** Prices the cart for a destination and delivery method (checkout), or the default view. */
export const setCartView = async (next: carts.CartView): Promise<Cart | null> => {
  view = next;
  return loadCart();
};

export const forgetCart = (): void => {
  storeId(null);
  publish({ cart: null, loading: false });
};

/** Keeps a cart handed back by the API (reopened order, restored reminder link) and shows it. */
export const adoptCart = async (cartId: string): Promise<Cart | null> => {
  storeId(cartId);
  return loadCart();
};

const newCart = async (locale: Locale): Promise<Cart> => {
  const cart = await carts.createCart(locale);
  storeId(cart.id);
  return cart;
};

/** Runs a change on the stored cart; a vanished cart is replaced by a new one when `recreate` allows. */
const change = async (locale: Locale, action: (cartId: string) => Promise<Cart>, recreate: boolean): Promise<Cart> => {
  let cartId = storedId() ?? (recreate ? (await newCart(locale)).id : null);
  if (!cartId) throw new ApiError(404, 'cart_not_found', 'No cart.');
  try {
    return await settle(await action(cartId));
  } catch (error) {
    if (!recreate || !isGone(error)) throw error;
    cartId = (await newCart(locale)).id;
    return settle(await action(cartId));
  }
};

export const addToCart = (sku: string, quantity: number, locale: Locale) => change(locale, (cartId) => carts.addLine(cartId, sku, quantity), true);

export const changeQuantity = (sku: string, quantity: number, locale: Locale) =>
  change(locale, (cartId) => (quantity > 0 ? carts.setLineQuantity(cartId, sku, quantity) : carts.removeLine(cartId, sku)), false);

export const removeFromCart = (sku: string, locale: Locale) => change(locale, (cartId) => carts.removeLine(cartId, sku), false);

export const updateCart = (changes: carts.CartChanges, locale: Locale) => change(locale, (cartId) => carts.updateCart(cartId, changes), false);

export const cartId = (): string | null => storedId();

/** Number of units in the cart. */
export const unitCount = (cart: Cart | null): number => cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;

export const useCart = (): CartState => {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    return () => void listeners.delete(setCurrent);
  }, []);
  return current;
};
