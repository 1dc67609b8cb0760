/** Orders: what was bought at which price, where it goes, and where the payment stands. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Locale, Localized } from '#shared/domain/catalog/model.ts';
import type { OrderHolds } from './holds.ts';

export const orderStatuses = ['pending_payment', 'paid', 'cancelled', 'refunded', 'partially_refunded'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/**
 * Minutes a shopper has to pay before the reservation is released: as short as Stripe allows.
 * A Checkout Session's `expires_at` must be 30 minutes to 24 hours after its creation, which comes
 * a moment after the order's (at most the checkout function's 15 s): one minute of margin.
 */
export const paymentWindowMinutes = 31;

export interface OrderLine {
  sku: string;
  productId: string;
  title: Localized;
  options: Record<string, string>;
  quantity: number;
  unitPrice: number;
  vatRate: number;
  digital: boolean;
}

/** What an order took when it was placed, so that a release gives back exactly that. */
export interface Reserved {
  /** Quantities per SKU, merged across cart lines; digital SKUs hold no stock. */
  stock: Array<{ sku: string; productId: string; quantity: number }>;
  discount?: { code: string; perEmailLimit?: number; emailHash: string };
}

/** Stock per SKU an order's lines reserve (digital lines reserve nothing). */
export const reservedStock = (lines: OrderLine[]): Reserved['stock'] => {
  const stock = new Map<string, { sku: string; productId: string; quantity: number }>();
  for (const line of lines) {
    if (line.digital) continue;
    const entry = stock.get(line.sku) ?? { sku: line.sku, productId: line.productId, quantity: 0 };
    entry.quantity += line.quantity;
    stock.set(line.sku, entry);
  }
  return [...stock.values()];
};

export interface Order {
  id: string;
  /** Short, human-readable, for emails and support: `YYMMDD-XXXXX`. */
  number: string;
  status: OrderStatus;
  cartId: string;
  email: string;
  customerSub?: string;
  locale: Locale;
  lines: OrderLine[];
  totals: { subtotal: number; discount: number; shipping: number; total: number; vat: Array<{ rate: number; base: number; amount: number }> };
  delivery?: { method: string; price: number; estimate: { from: string; to: string } };
  shippingAddress?: Record<string, string>;
  discountCode?: string;
  /** How the discount use was counted, to give it back exactly; the stock is derived from the lines. */
  discountUse?: Reserved['discount'];
  /** What the order counts against while unpaid (client, email, units held), given back when paid or released. */
  holds?: OrderHolds;
  /** Unguessable token giving a guest access to this order (in the links we send them). */
  accessToken: string;
  /** When the current token was issued (a rotation issues a new one); absent: at `createdAt`. */
  accessTokenIssuedAt?: string;
  /** `sessionId`: the payment page opened for this order; only a completed session with this id can pay it. */
  payment: { paymentIntentId?: string; amountRefunded?: number; sessionId?: string };
  /** The cart handed back when the shopper came back unpaid: random, recorded once, the same on every retry. */
  reopenedCartId?: string;
  createdAt: string;
  paymentDueBy: string;
  paidAt?: string;
  cancelledAt?: string;
  version: number;
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `YYMMDD-XXXXX`: the date helps support, five random base-32 characters make it unique in practice. */
export const orderNumber = (now: Date, random: Buffer = randomBytes(5)): string => {
  const date = now.toISOString().slice(2, 10).replaceAll('-', '');
  const suffix = [...random].map((byte) => crockford[byte % 32]).join('');
  return `${date}-${suffix}`;
};

/** An unguessable token for guest access to one order. */
export const newAccessToken = (): string => randomBytes(24).toString('base64url');

/** Compares a presented token with the order's in constant time. */
export const tokenMatches = (order: Pick<Order, 'accessToken'>, presented: string | undefined): boolean => {
  if (!presented) return false;
  const [a, b] = [Buffer.from(order.accessToken), Buffer.from(presented)];
  return a.length === b.length && timingSafeEqual(a, b);
};

export type GuestAccess = 'granted' | 'denied' | 'expired';

/**
 * What a guest's token opens: `denied` for a wrong or missing token (the order then does not
 * exist for them), `expired` once the token is older than the shop's guest access period.
 */
export const guestAccess = (order: Pick<Order, 'accessToken' | 'accessTokenIssuedAt' | 'createdAt'>, presented: string | undefined, guestAccessDays: number, now: Date): GuestAccess => {
  if (!tokenMatches(order, presented)) return 'denied';
  const issuedAt = Date.parse(order.accessTokenIssuedAt ?? order.createdAt);
  return now.getTime() - issuedAt > guestAccessDays * 86_400_000 ? 'expired' : 'granted';
};

/** The order id for a cart at a version: retrying the same checkout lands on the same order. */
export const orderIdFor = (cartId: string, cartVersion: number): string =>
  createHash('sha256').update(`${cartId}#${cartVersion}`).digest('base64url').slice(0, 22);
