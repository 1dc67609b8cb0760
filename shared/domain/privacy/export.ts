/**
 * The data export (GDPR art. 15 and 20): everything held about an account, as JSON a person can
 * read and another service can load. Built field by field from the raw items, so that nothing
 * internal leaks: no table or index keys, no order access tokens, no download tokens, no version
 * counters or job bookkeeping. Pure.
 */
import { presentAddress, type SavedAddress } from '#shared/domain/customers/address-book.ts';
import { recordField, stringField, type CustomerData, type Item, type OrderRecord } from './customer-data.ts';

export const exportFormat = 1;

/** `donnees-personnelles-2026-05-01.json`: the name the download is saved under. */
export const exportFileName = (now: string): string => `donnees-personnelles-${now.slice(0, 10)}.json`;

const orNull = (value: unknown) => (value === undefined ? null : value);
const ofType = (items: Item[], type: string) => items.filter((item) => item.type === type);
const byField = (field: string) => (a: Item, b: Item) => String(a[field] ?? '').localeCompare(String(b[field] ?? ''));

const presentProfile = (data: CustomerData) => {
  const profile = data.accountItems.find((item) => item.sk === 'PROFILE');
  if (!profile) return null;
  return {
    email: stringField(profile, 'email') ?? data.identity.email ?? null,
    emailVerified: data.identity.emailVerified,
    givenName: orNull(profile.givenName),
    familyName: orNull(profile.familyName),
    locale: orNull(profile.locale),
    marketing: orNull(profile.marketing),
    createdAt: orNull(profile.createdAt),
    updatedAt: orNull(profile.updatedAt),
  };
};

const presentAddresses = (data: CustomerData) => {
  const book = data.accountItems.find((item) => item.sk === 'ADDRESSES');
  return Array.isArray(book?.addresses) ? (book.addresses as SavedAddress[]).map(presentAddress) : [];
};

const presentConsents = (data: CustomerData) =>
  data.accountItems
    .filter((item) => item.type === 'consent_change')
    .sort(byField('at'))
    .map((item) => ({ granted: item.consent === true, at: item.at, source: item.source, purpose: orNull(item.purpose) }));

const presentPayment = (order: Item) => {
  if (typeof order.paidAt !== 'string') return undefined;
  const payment = recordField(order, 'payment');
  return {
    paidAt: order.paidAt,
    amount: Number(recordField(order, 'totals')?.total ?? 0),
    amountRefunded: Number(payment?.amountRefunded ?? 0),
    reference: stringField(payment, 'paymentIntentId') ?? null,
  };
};

const presentOrder = ({ order, history, documents, downloadGrants, link }: OrderRecord) => {
  const payment = presentPayment(order);
  return {
    orderId: order.id,
    number: order.number,
    createdAt: order.createdAt,
    status: order.status,
    email: orNull(order.email),
    locale: order.locale,
    shippingAddress: orNull(order.shippingAddress),
    delivery: orNull(order.delivery),
    lines: order.lines,
    totals: order.totals,
    discountCode: orNull(order.discountCode),
    ...(payment ? { payment } : {}),
    shipments: ofType(history, 'shipment')
      .sort(byField('createdAt'))
      .map((shipment) => ({
        id: shipment.id,
        status: shipment.status,
        carrier: orNull(shipment.carrier),
        trackingNumber: orNull(shipment.trackingNumber),
        lines: shipment.lines,
        createdAt: shipment.createdAt,
        updatedAt: shipment.updatedAt,
      })),
    returns: ofType(history, 'return')
      .sort(byField('createdAt'))
      .map((request) => ({ id: request.id, status: request.status, lines: request.lines, reason: request.reason, note: orNull(request.note), createdAt: request.createdAt, updatedAt: request.updatedAt })),
    downloads: downloadGrants.map((grant) => ({ sku: grant.sku, downloadsLeft: Math.max(0, Number(grant.limit ?? 0) - Number(grant.count ?? 0)), expiresAt: grant.expiresAt })),
    invoices: documents
      .map((item) => recordField(item, 'document'))
      .filter((document): document is Record<string, unknown> => Boolean(document))
      .sort((a, b) => String(a.issuedAt).localeCompare(String(b.issuedAt)))
      .map((document) => ({ number: document.number, kind: document.kind, issuedAt: document.issuedAt, total: document.totalInclVat })),
    link,
  };
};

const presentReview = (review: Item) => ({
  id: review.id,
  productId: review.productId,
  sku: orNull(review.sku),
  orderId: review.orderId,
  rating: review.rating,
  text: review.text,
  locale: review.locale,
  status: review.status,
  authorName: orNull(review.authorName),
  createdAt: review.createdAt,
});

const presentCart = (cart: Item) => ({
  id: cart.id,
  status: cart.status,
  updatedAt: cart.updatedAt,
  items: Array.isArray(cart.lines) ? (cart.lines as Item[]).map(({ sku, productId, quantity }) => ({ sku, productId, quantity })) : [],
  email: orNull(cart.email),
  reminderConsent: cart.reminderConsent === true,
});

/** The export document of an account's data, as of `now`. */
export const presentExport = (data: CustomerData, now: string) => {
  const carts = [...new Map(data.carts.map((cart) => [cart.pk, cart])).values()];
  return {
    exportedAt: now,
    format: exportFormat,
    identity: {
      sub: data.identity.sub,
      email: data.identity.email ?? null,
      emailVerified: data.identity.emailVerified,
      ...(data.identity.givenName ? { givenName: data.identity.givenName } : {}),
      ...(data.identity.familyName ? { familyName: data.identity.familyName } : {}),
    },
    profile: presentProfile(data),
    addresses: presentAddresses(data),
    consents: presentConsents(data),
    orders: [...data.orders].sort((a, b) => String(b.order.createdAt).localeCompare(String(a.order.createdAt))).map(presentOrder),
    reviews: [...data.reviews].sort(byField('createdAt')).map(presentReview),
    carts: carts.sort(byField('updatedAt')).map(presentCart),
    emailPreferences: data.emailPrefs
      ? { remindersStopped: typeof data.emailPrefs.remindersStoppedAt === 'string', ...(typeof data.emailPrefs.remindersStoppedAt === 'string' ? { since: data.emailPrefs.remindersStoppedAt } : {}) }
      : null,
  };
};

export type PersonalDataExport = ReturnType<typeof presentExport>;
