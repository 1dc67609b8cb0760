/**
 * Everything the shop holds about one shopper account, as the table's raw items: what the data
 * export presents and what the erasure planner changes. Gathered by `shared/data/customer-data-repository.ts`
 * from keys and indexes only. Pure types and small helpers, no AWS.
 */

/** A table item as read: its key and every attribute. */
export type Item = Record<string, unknown> & { pk: string; sk: string };

/** How an order came to be the account's. */
export type OrderLink = 'account' | 'verified_email';

export interface OrderRecord {
  order: Item;
  /** The order's own partition but the order item: events, shipments, returns, downloads, email markers, review invitation. */
  history: Item[];
  /** The order's invoice and credit notes (their own partition). */
  documents: Item[];
  /** The grants behind the order's download links (no personal data: read for the export's figures, left as they are). */
  downloadGrants: Item[];
  link: OrderLink;
}

/** What the identity provider (the shoppers' user pool) keeps, as the signed-in ID token states it. */
export interface IdentityClaims {
  sub: string;
  username?: string;
  email?: string;
  emailVerified: boolean;
  givenName?: string;
  familyName?: string;
}

export interface CustomerData {
  identity: IdentityClaims;
  /** The account's partition `CUSTOMER#<sub>`: profile, address book, consent records. */
  accountItems: Item[];
  /** Owned through the account index, then guest orders placed with the verified email and never claimed. */
  orders: OrderRecord[];
  /** Reviews written from the account or from one of its orders. */
  reviews: Item[];
  /** The once-per-product claims pointing at those reviews. */
  reviewClaims: Item[];
  /** Carts that hold the verified email or led to one of the orders. */
  carts: Item[];
  /** Per-email discount counters of the orders' emails. */
  discountUses: Item[];
  /** Email preferences of the verified address (an opt-out of reminders and review invitations), if any. */
  emailPrefs?: Item;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The string at `value.field`, if it is one. */
export const stringField = (value: unknown, field: string): string | undefined => {
  const found = isRecord(value) ? value[field] : undefined;
  return typeof found === 'string' ? found : undefined;
};

export const recordField = (value: unknown, field: string): Record<string, unknown> | undefined => {
  const found = isRecord(value) ? value[field] : undefined;
  return isRecord(found) ? found : undefined;
};

/** Every email address an account's data is held under: the verified one, then each order's (lower-cased, once each). */
export const emailsOf = (data: Pick<CustomerData, 'identity' | 'orders'>): string[] => {
  const emails = [
    ...(data.identity.email && data.identity.emailVerified ? [data.identity.email] : []),
    ...data.orders.map(({ order }) => stringField(order, 'email')).filter((email): email is string => Boolean(email)),
  ];
  return [...new Set(emails.map((email) => email.trim().toLowerCase()))];
};
