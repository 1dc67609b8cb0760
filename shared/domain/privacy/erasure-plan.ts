/**
 * What erasing an account changes, item by item: a pure plan the repository applies. Personal data
 * goes; what accounting law asks to keep for ten years (Code de commerce L123-22, Livre des procédures fiscales L102 B) stays
 * on the orders and documents: number, dates, lines, amounts, VAT, payment reference, invoice and
 * credit-note numbers, and the delivery country (it decides the VAT). The invoice PDFs themselves
 * stay untouched in the documents bucket; only the table's working copy of their buyer block goes.
 *
 * - account items (profile, address book, consent records): deleted;
 * - orders: email, names, street, postcode, city, phone, the email-hash (gsi1) and account (gsi4)
 *   index keys, the owner and the per-email discount record removed; the guest link's token
 *   replaced by one nobody holds, so old links stop opening the order;
 * - documents: buyer reduced to a neutral name and the country;
 * - review invitations still waiting: taken out of their index and closed (nobody to write to);
 * - reviews: text, rating and moderation status stay (the product's rating stays true), the author
 *   shown becomes the neutral "verified buyer" and every link to the account or email goes;
 *   their once-per-product claims are deleted;
 * - carts: email, reminder consent and both indexes (reminders, carts by email) removed;
 * - per-email discount counters: deleted (they only limited that address's uses of a code);
 * - anywhere in those items, a string holding the email, the phone or a street line (in any
 *   case) has it cut out, and free text (return reasons and notes, event details, review text)
 *   also loses the full name: whatever a person or the merchant typed.
 * Kept as is: email preferences that record an opt-out (hash only: honouring it stops a later
 * guest order from being sent a review invitation the person refused), shipments and tracking
 * numbers, sent-email markers, download grants, sequence entries (none holds personal data).
 *
 * Each step is computed from the item as read and is empty when the item is already erased, so
 * applying a plan twice, or planning again after a partial run, finishes the job.
 */
import { emailsOf, recordField, stringField, type CustomerData, type Item } from './customer-data.ts';

export type ErasureReason = 'review_claim' | 'review' | 'cart' | 'discount_use' | 'order_history' | 'document' | 'review_invite' | 'order' | 'account';

export interface Key {
  pk: string;
  sk: string;
}

export type ErasureStep =
  | { action: 'delete'; key: Key; reason: ErasureReason }
  | {
      action: 'update';
      key: Key;
      reason: ErasureReason;
      /** Top-level attributes replaced whole (a change never touches an attribute it does not name). */
      set: Record<string, unknown>;
      remove: string[];
      /** Counters moved on, so a concurrent optimistic write re-reads what was erased. */
      add?: Record<string, number>;
    };

export interface ErasurePlan {
  /**
   * Applied in order, the steps of one phase in any order: claims before their reviews, every
   * other item of an order before the order itself, the account's own items last. A run stopped
   * half-way leaves the orders still indexed under the account, so planning again finds them.
   */
  phases: ErasureStep[][];
}

export interface ErasureContext {
  now: string;
  /** A fresh unguessable token (the orders' guest links are replaced by ones nobody holds). */
  newToken: () => string;
}

/** The author shown on reviews of erased accounts (the storefront shows "verified buyer" for it). */
export const erasedAuthorName = null;
/** The buyer's name kept on the table's copy of an erased buyer's invoice (the PDF keeps the original). */
export const erasedBuyerName = 'Client (données personnelles effacées)';
export const cutOut = '[…]';

const keyFields = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk']);
const indexOnOrders = ['gsi1pk', 'gsi1sk', 'gsi4pk', 'gsi4sk'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds any of `values` in a text, in any case. */
const matcher = (values: string[]): RegExp | undefined => {
  const distinct = [...new Set(values.map((value) => value.trim()).filter((value) => value.length >= 5))].sort((a, b) => b.length - a.length);
  return distinct.length ? new RegExp(distinct.map(escape).join('|'), 'giu') : undefined;
};

interface Scrubbers {
  /** Email, phone, street lines: cut out of any string. */
  anywhere?: RegExp;
  /** Also full names: cut out of free text only. */
  freeText?: RegExp;
}

const scrubString = (text: string, pattern: RegExp | undefined): string => (pattern ? text.replace(pattern, cutOut) : text);

const scrubValue = (value: unknown, pattern: RegExp | undefined): unknown => {
  if (!pattern) return value;
  if (typeof value === 'string') return scrubString(value, pattern);
  if (Array.isArray(value)) return value.map((entry) => scrubValue(entry, pattern));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([field, entry]) => [field, scrubValue(entry, pattern)]));
  return value;
};

const freeTextFields = new Set(['details', 'reason', 'note', 'text']);

/** Every attribute but the keys with the personal values cut out. */
const scrubbed = (item: Item, scrubbers: Scrubbers): Item =>
  Object.fromEntries(
    Object.entries(item).map(([field, value]) => {
      if (keyFields.has(field)) return [field, value];
      const once = scrubValue(value, scrubbers.anywhere);
      return [field, freeTextFields.has(field) ? scrubValue(once, scrubbers.freeText) : once];
    }),
  ) as Item;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The update turning `before` into `after`, top-level attribute by attribute; undefined when nothing changes. */
const diff = (before: Item, after: Record<string, unknown>, reason: ErasureReason, add?: Record<string, number>): ErasureStep | undefined => {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [field, value] of Object.entries(after)) if (value !== undefined && !same(before[field], value)) set[field] = value;
  for (const field of Object.keys(before)) if (after[field] === undefined) remove.push(field);
  if (!Object.keys(set).length && !remove.length) return undefined;
  return { action: 'update', key: { pk: before.pk, sk: before.sk }, reason, set, remove, ...(add ? { add } : {}) };
};

const without = (item: Item, fields: string[]): Record<string, unknown> => Object.fromEntries(Object.entries(item).filter(([field]) => !fields.includes(field)));

const addressesOf = (data: CustomerData): Array<Record<string, unknown>> => [
  ...data.accountItems.flatMap((item) => (Array.isArray(item.addresses) ? (item.addresses as Array<Record<string, unknown>>) : [])),
  ...data.orders.flatMap(({ order }) => {
    const address = recordField(order, 'shippingAddress');
    return address ? [address] : [];
  }),
];

const scrubbersFor = (data: CustomerData): Scrubbers => {
  const addresses = addressesOf(data);
  const profile = data.accountItems.find((item) => item.sk === 'PROFILE');
  const anywhere = [
    ...emailsOf(data),
    ...(data.identity.email ? [data.identity.email] : []),
    ...addresses.flatMap((address) => ['phone', 'line1', 'line2'].map((field) => stringField(address, field) ?? '')),
  ];
  const names = [
    ...addresses.map((address) => `${stringField(address, 'firstName') ?? ''} ${stringField(address, 'lastName') ?? ''}`),
    `${stringField(profile, 'givenName') ?? ''} ${stringField(profile, 'familyName') ?? ''}`,
    `${data.identity.givenName ?? ''} ${data.identity.familyName ?? ''}`,
  ].filter((name) => name.trim().includes(' '));
  return { anywhere: matcher(anywhere), freeText: matcher([...anywhere, ...names]) };
};

/** The order as accounting keeps it. */
const erasedOrder = (order: Item, scrubbers: Scrubbers, context: ErasureContext): Record<string, unknown> => {
  const address = recordField(order, 'shippingAddress');
  const kept = scrubbed(without(order, ['email', 'customerSub', 'claimedAt', 'discountUse', ...indexOnOrders]) as Item, scrubbers);
  const alreadyErased = typeof order.erasedAt === 'string';
  return {
    ...kept,
    ...(address ? { shippingAddress: typeof address.country === 'string' ? { country: address.country } : {} } : {}),
    // A fresh token once: planning again must not move it (nor the erasure date) for nothing.
    accessToken: alreadyErased ? order.accessToken : context.newToken(),
    erasedAt: alreadyErased ? order.erasedAt : context.now,
  };
};

const erasedDocument = (item: Item, scrubbers: Scrubbers): Record<string, unknown> => {
  const document = recordField(item, 'document');
  const buyer = recordField(document, 'buyer');
  if (!document || !buyer || buyer.name === erasedBuyerName) return scrubbed(item, scrubbers);
  // The last line of a delivery address as printed is its country.
  const lines = Array.isArray(buyer.addressLines) ? (buyer.addressLines as string[]) : [];
  const country = lines.length > 1 ? lines.slice(-1) : [];
  return scrubbed({ ...item, document: { ...document, buyer: { name: erasedBuyerName, addressLines: country } } }, scrubbers);
};

const erasedHistoryItem = (item: Item, scrubbers: Scrubbers, now: string): { after: Record<string, unknown>; reason: ErasureReason } => {
  if (item.type === 'review_invite' && item.gsi2pk !== undefined) {
    return { after: { ...without(scrubbed(item, scrubbers), ['gsi2pk', 'gsi2sk']), state: 'erased', closedAt: now }, reason: 'review_invite' };
  }
  return { after: scrubbed(item, scrubbers), reason: 'order_history' };
};

const erasedReview = (review: Item, scrubbers: Scrubbers): Record<string, unknown> => ({
  ...scrubbed(without(review, ['customerSub', 'emailHash', 'owner', 'gsi1pk', 'gsi1sk']) as Item, scrubbers),
  authorName: erasedAuthorName,
});

const erasedCart = (cart: Item, scrubbers: Scrubbers): Record<string, unknown> => ({
  ...scrubbed(without(cart, ['email', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'reminderQueuedAt']) as Item, scrubbers),
  reminderConsent: false,
});

const keyOf = (item: Item): Key => ({ pk: item.pk, sk: item.sk });
const defined = <T>(value: T | undefined): value is T => value !== undefined;

/** The whole erasure of an account's data, phase by phase. */
export const planErasure = (data: CustomerData, context: ErasureContext): ErasurePlan => {
  const scrubbers = scrubbersFor(data);
  const reviewIds = new Set(data.reviews.map((review) => String(review.id)));
  // A cart may be found twice (by its email and as an order's cart).
  const carts = [...new Map(data.carts.map((cart) => [cart.pk, cart])).values()];
  return {
    phases: [
      // Only the claims of this account's reviews: a claim under a shared email hash may be someone else's.
      data.reviewClaims.filter((claim) => reviewIds.has(String(claim.reviewId))).map((claim) => ({ action: 'delete', key: keyOf(claim), reason: 'review_claim' })),
      data.reviews.map((review) => diff(review, erasedReview(review, scrubbers), 'review')).filter(defined),
      carts
        .map((cart) => {
          const after = erasedCart(cart, scrubbers);
          // An already erased cart keeps its version: planning again changes nothing.
          const changes = diff(cart, after, 'cart');
          return changes && diff(cart, after, 'cart', { version: 1 });
        })
        .filter(defined),
      data.discountUses.map((use) => ({ action: 'delete', key: keyOf(use), reason: 'discount_use' })),
      data.orders.flatMap(({ history, documents }) => [
        ...history.map((item) => {
          const { after, reason } = erasedHistoryItem(item, scrubbers, context.now);
          return diff(item, after, reason);
        }),
        ...documents.map((item) => diff(item, erasedDocument(item, scrubbers), 'document')),
      ]).filter(defined),
      data.orders.map(({ order }) => diff(order, erasedOrder(order, scrubbers, context), 'order')).filter(defined),
      data.accountItems.map((item) => ({ action: 'delete', key: keyOf(item), reason: 'account' })),
    ],
  };
};

/** Every step of a plan, in order (for logs and tests). */
export const stepsOf = (plan: ErasurePlan): ErasureStep[] => plan.phases.flat();

/** An item after a step (the repository's effect, in memory): for tests and for reasoning. */
export const applyStep = (item: Item | undefined, step: ErasureStep): Item | undefined => {
  if (!item || step.action === 'delete') return undefined;
  const next: Record<string, unknown> = { ...item, ...step.set };
  for (const field of step.remove) delete next[field];
  for (const [field, amount] of Object.entries(step.add ?? {})) next[field] = Number(next[field] ?? 0) + amount;
  return next as Item;
};
