/**
 * A shopping cart: lines by SKU with quantities only — prices are always read from the catalog
 * when the cart is shown or checked out, never stored or taken from the client.
 */
import type { Locale } from '#shared/domain/catalog/model.ts';

export const maxQuantityPerLine = 10;
export const maxLinesPerCart = 50;
export const cartLifetimeDays = 30;

export interface CartLine {
  sku: string;
  productId: string;
  quantity: number;
}

export interface Cart {
  id: string;
  lines: CartLine[];
  locale: Locale;
  email?: string;
  /** The shopper ticked the reminder box (unticked by default). */
  reminderConsent: boolean;
  /** When and where the box was ticked (the consent's proof). */
  reminderConsentAt?: string;
  reminderConsentSource?: 'cart';
  /**
   * When the cart's address was confirmed for reminders: its double opt-in link was opened, or it
   * had already confirmed (a link opened before, a paid order). Cleared when the email changes.
   */
  reminderConfirmedAt?: string;
  discountCode?: string;
  status: 'open' | 'converted';
  /** Set when checkout converted the cart. */
  orderId?: string;
  /** Abandoned-cart reminder steps already sent; a change delays the next step but never repeats one. */
  remindersSent?: number;
  /** Optimistic-locking counter: every change is written only if nobody changed the cart since it was read. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const newCart = (id: string, locale: Locale, now: Date): Cart => ({
  id,
  lines: [],
  locale,
  reminderConsent: false,
  status: 'open',
  version: 1,
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
});

/** The quantity of a SKU the cart would hold after adding `quantity` more. */
export const quantityAfterAdding = (cart: Cart, sku: string, quantity: number): number =>
  (cart.lines.find((line) => line.sku === sku)?.quantity ?? 0) + quantity;

/** Sets a line's quantity (adding the line if needed); 0 removes it. */
export const withQuantity = (cart: Cart, line: CartLine): CartLine[] => {
  const others = cart.lines.filter((existing) => existing.sku !== line.sku);
  if (line.quantity === 0) return others;
  const index = cart.lines.findIndex((existing) => existing.sku === line.sku);
  if (index < 0) return [...cart.lines, line];
  return cart.lines.map((existing) => (existing.sku === line.sku ? line : existing));
};

/** Epoch seconds after which DynamoDB may delete the cart (30 days after its last change). */
export const cartExpiry = (now: Date): number => Math.floor(now.getTime() / 1000) + cartLifetimeDays * 24 * 3600;
