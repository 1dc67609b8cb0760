/** A realistic account's data, as the repository gathers it, for the privacy unit tests. */
import type { CustomerData, Item, OrderRecord } from './customer-data.ts';

export const sub = 'sub-ana';
export const email = 'Ana.Martin@Example.com';
export const street = '12 rue des Lilas';
export const phone = '+33612345678';

const shippingAddress = { firstName: 'Ana', lastName: 'Martin', line1: street, line2: 'Bâtiment B', postcode: '75011', city: 'Paris', country: 'FR', phone };

const orderItem = (id: string, extra: Record<string, unknown> = {}): Item => ({
  pk: `ORDER#${id}`,
  sk: 'ORDER',
  gsi1pk: 'CUSTOMER#hash-ana',
  gsi1sk: '2026-03-01T10:00:00.000Z',
  gsi3pk: 'ORDERS#2026-03',
  gsi3sk: `2026-03-01T10:00:00.000Z#${id}`,
  id,
  number: `260301-${id.toUpperCase()}`,
  status: 'paid',
  cartId: `cart-${id}`,
  email: 'ana.martin@example.com',
  locale: 'fr',
  lines: [{ sku: 'MUG-1', productId: 'p-mug', title: { fr: 'Tasse', en: 'Mug' }, options: {}, quantity: 2, unitPrice: 1500, vatRate: 2000, digital: false }],
  totals: { subtotal: 3000, discount: 0, shipping: 490, total: 3490, vat: [{ rate: 2000, base: 2908, amount: 582 }] },
  shippingAddress,
  accessToken: `secret-token-${id}`,
  payment: { paymentIntentId: `pi_${id}` },
  createdAt: '2026-03-01T10:00:00.000Z',
  paymentDueBy: '2026-03-01T10:35:00.000Z',
  paidAt: '2026-03-01T10:02:00.000Z',
  version: 2,
  ...extra,
});

const delivered = (orderId: string): Item => ({
  pk: `ORDER#${orderId}`,
  sk: 'SHIPMENT#1',
  type: 'shipment',
  id: '1',
  orderId,
  status: 'delivered',
  lines: [{ sku: 'MUG-1', quantity: 2 }],
  carrier: 'colissimo',
  trackingNumber: '6A123',
  createdAt: '2026-03-01T11:00:00.000Z',
  updatedAt: '2026-03-03T09:00:00.000Z',
});

export const accountOrder = (): OrderRecord => ({
  order: orderItem('o1', { customerSub: sub, gsi4pk: `ACCOUNT#${sub}`, gsi4sk: '2026-03-01T10:00:00.000Z#o1', discountCode: 'BIENVENUE', discountUse: { code: 'BIENVENUE', perEmailLimit: 1, emailHash: 'hash-ana' } }),
  history: [
    delivered('o1'),
    { pk: 'ORDER#o1', sk: 'RETURN#r1', type: 'return', id: 'r1', orderId: 'o1', status: 'received', lines: [{ sku: 'MUG-1', productId: 'p-mug', quantity: 1, unitPrice: 1500 }], reason: `Ana Martin: fêlée, rappelez-moi au ${phone}`, note: 'Remboursée', createdAt: '2026-03-05T09:00:00.000Z', updatedAt: '2026-03-08T09:00:00.000Z' },
    { pk: 'ORDER#o1', sk: 'EVENT#2026-03-03T09:00:00.000Z#delivered', type: 'event', at: '2026-03-03T09:00:00.000Z', kind: 'delivered', details: { message: `Remis à ana martin, ${street}` } },
    { pk: 'ORDER#o1', sk: 'EMAIL#confirmation', type: 'email', kind: 'confirmation', state: 'sent', sentAt: '2026-03-01T10:03:00.000Z' },
    { pk: 'ORDER#o1', sk: 'REVIEWINVITE', type: 'review_invite', orderId: 'o1', state: 'waiting', readyAt: '2026-03-03T09:00:00.000Z', attempts: 0, gsi2pk: 'REVIEW_INVITES', gsi2sk: '2026-03-03T09:00:00.000Z#o1' },
  ],
  documents: [
    {
      pk: 'DOCUMENTS#o1',
      sk: 'INVOICE',
      type: 'document',
      kind: 'invoice',
      number: 'F-2026-000007',
      orderId: 'o1',
      issuedAt: '2026-03-01T10:05:00.000Z',
      pdfKey: 'invoices/2026/F-2026-000007.pdf',
      document: {
        kind: 'invoice',
        number: 'F-2026-000007',
        orderNumber: '260301-O1',
        issuedAt: '2026-03-01T10:05:00.000Z',
        buyer: { name: 'Ana Martin', addressLines: [street, 'Bâtiment B', '75011 Paris', 'France'], email: 'ana.martin@example.com' },
        vat: [{ rate: 2000, base: 2908, amount: 582 }],
        totalExclVat: 2908,
        totalVat: 582,
        totalInclVat: 3490,
      },
    },
  ],
  downloadGrants: [],
  link: 'account',
});

const digitalOrderItem = (): Item => {
  const { shippingAddress: _none, ...order } = orderItem('o2', { lines: [{ sku: 'EBOOK-1', productId: 'p-ebook', title: { fr: 'Livre', en: 'Book' }, options: {}, quantity: 1, unitPrice: 900, vatRate: 550, digital: true }] });
  return order as Item;
};

export const guestOrder = (): OrderRecord => ({
  order: digitalOrderItem(),
  history: [{ pk: 'ORDER#o2', sk: 'DOWNLOAD#EBOOK-1', type: 'download', sku: 'EBOOK-1', token: 'download-token-1' }],
  documents: [],
  downloadGrants: [{ pk: 'DOWNLOAD#download-token-1', sk: 'GRANT', token: 'download-token-1', orderId: 'o2', sku: 'EBOOK-1', fileKey: 'digital/p-ebook/book.pdf', fileName: 'book.pdf', count: 2, limit: 5, expiresAt: '2026-04-01T00:00:00.000Z' }],
  link: 'verified_email',
});

export const review = (): Item => ({
  pk: 'REVIEW#rv1',
  sk: 'REVIEW',
  gsi1pk: `REVIEWER#sub#${sub}`,
  gsi1sk: '2026-03-10T09:00:00.000Z#rv1',
  gsi2pk: 'PRODUCT_REVIEWS#p-mug',
  gsi2sk: '2026-03-10T09:00:00.000Z#rv1',
  gsi3pk: 'REVIEW_STATUS#approved',
  gsi3sk: '2026-03-10T09:00:00.000Z#rv1',
  type: 'review',
  owner: `sub#${sub}`,
  id: 'rv1',
  productId: 'p-mug',
  orderId: 'o1',
  orderNumber: '260301-O1',
  sku: 'MUG-1',
  rating: 4,
  text: 'Très jolie tasse, merci Ana Martin pour le mot (ana.martin@example.com)',
  locale: 'fr',
  status: 'approved',
  authorName: 'Ana M.',
  customerSub: sub,
  emailHash: 'hash-ana',
  createdAt: '2026-03-10T09:00:00.000Z',
});

/** Everything about the account; a fresh copy each call. */
export const customerData = (): CustomerData => ({
  identity: { sub, email, emailVerified: true, givenName: 'Ana', familyName: 'Martin' },
  accountItems: [
    { pk: `CUSTOMER#${sub}`, sk: 'PROFILE', type: 'customer_profile', sub, email, givenName: 'Ana', familyName: 'Martin', locale: 'fr', marketing: { consent: true, at: '2026-02-02T00:00:00.000Z', source: 'account' }, createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-02T00:00:00.000Z', version: 3 },
    {
      pk: `CUSTOMER#${sub}`,
      sk: 'ADDRESSES',
      type: 'address_book',
      sub,
      version: 2,
      addresses: [
        { id: 'a1', isDefault: true, ...shippingAddress, createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' },
        { id: 'a2', isDefault: false, firstName: 'Ana', lastName: 'Martin', line1: '3 allée des Tilleuls', postcode: '69003', city: 'Lyon', country: 'FR', createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' },
      ],
    },
    { pk: `CUSTOMER#${sub}`, sk: 'CONSENT#2026-02-03T00:00:00.000Z#b', type: 'consent_change', purpose: 'marketing_email', consent: false, previous: true, at: '2026-02-03T00:00:00.000Z', source: 'account' },
    { pk: `CUSTOMER#${sub}`, sk: 'CONSENT#2026-02-02T00:00:00.000Z#a', type: 'consent_change', purpose: 'marketing_email', consent: true, previous: false, at: '2026-02-02T00:00:00.000Z', source: 'account' },
  ],
  orders: [accountOrder(), guestOrder()],
  reviews: [review()],
  reviewClaims: [
    { pk: `REVIEWED#p-mug#sub#${sub}`, sk: 'REVIEWED', type: 'review_claim', reviewId: 'rv1', productId: 'p-mug' },
    { pk: 'REVIEWED#p-mug#email#hash-ana', sk: 'REVIEWED', type: 'review_claim', reviewId: 'rv1', productId: 'p-mug' },
    // Someone else's review under a hash the account shares: never touched.
    { pk: 'REVIEWED#p-vase#email#hash-ana', sk: 'REVIEWED', type: 'review_claim', reviewId: 'rv-other', productId: 'p-vase' },
  ],
  carts: [
    { pk: 'CART#c9', sk: 'CART', gsi1pk: 'CARTS#hash-ana', gsi1sk: 'c9', gsi2pk: 'REMINDER#0#3', gsi2sk: '2026-03-20T00:00:00.000Z#c9', id: 'c9', lines: [{ sku: 'MUG-1', productId: 'p-mug', quantity: 1 }], locale: 'fr', email: 'ana.martin@example.com', reminderConsent: true, status: 'open', version: 4, createdAt: '2026-03-20T00:00:00.000Z', updatedAt: '2026-03-20T00:00:00.000Z', expiresAt: 1780000000 },
  ],
  discountUses: [{ pk: 'DISCOUNT#BIENVENUE', sk: 'EMAIL#hash-ana', uses: 1 }],
  emailPrefs: { pk: 'EMAIL#hash-ana', sk: 'PREFS', type: 'email_prefs', remindersStoppedAt: '2026-03-21T00:00:00.000Z' },
});
