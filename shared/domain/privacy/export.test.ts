import { describe, expect, it } from 'vitest';
import { customerData, email, sub } from './customer-data.fixture.ts';
import { exportFileName, presentExport } from './export.ts';

const now = '2026-04-01T08:30:00.000Z';

describe('presentExport', () => {
  const exported = presentExport(customerData(), now);

  it('states the identity, the profile as the profile route shows it and the saved addresses', () => {
    expect(exported).toMatchObject({ exportedAt: now, format: 1, identity: { sub, email, emailVerified: true, givenName: 'Ana', familyName: 'Martin' } });
    expect(exported.profile).toMatchObject({ email, emailVerified: true, givenName: 'Ana', familyName: 'Martin', locale: 'fr', marketing: { consent: true, at: '2026-02-02T00:00:00.000Z', source: 'account' } });
    expect(exported.addresses).toEqual([
      expect.objectContaining({ id: 'a1', isDefault: true, line1: '12 rue des Lilas', phone: '+33612345678' }),
      expect.objectContaining({ id: 'a2', isDefault: false, city: 'Lyon' }),
    ]);
    expect(exported.addresses[0]).not.toHaveProperty('createdAt');
  });

  it('lists every consent change, oldest first', () => {
    expect(exported.consents).toEqual([
      { granted: true, at: '2026-02-02T00:00:00.000Z', source: 'account', purpose: 'marketing_email' },
      { granted: false, at: '2026-02-03T00:00:00.000Z', source: 'account', purpose: 'marketing_email' },
    ]);
  });

  it('presents each order with its payment, parcels, returns, downloads, invoices and how it is the account’s', () => {
    const [account, guest] = exported.orders;
    expect(account).toMatchObject({
      orderId: 'o1',
      number: '260301-O1',
      status: 'paid',
      email: 'ana.martin@example.com',
      shippingAddress: expect.objectContaining({ line1: '12 rue des Lilas' }),
      totals: expect.objectContaining({ total: 3490 }),
      payment: { paidAt: '2026-03-01T10:02:00.000Z', amount: 3490, amountRefunded: 0, reference: 'pi_o1' },
      shipments: [expect.objectContaining({ id: '1', status: 'delivered', trackingNumber: '6A123' })],
      returns: [expect.objectContaining({ id: 'r1', status: 'received', note: 'Remboursée' })],
      invoices: [{ number: 'F-2026-000007', kind: 'invoice', issuedAt: '2026-03-01T10:05:00.000Z', total: 3490 }],
      link: 'account',
    });
    expect(guest).toMatchObject({ orderId: 'o2', link: 'verified_email', shippingAddress: null, downloads: [{ sku: 'EBOOK-1', downloadsLeft: 3, expiresAt: '2026-04-01T00:00:00.000Z' }] });
  });

  it('includes reviews, carts and the email preferences', () => {
    expect(exported.reviews).toEqual([
      { id: 'rv1', productId: 'p-mug', sku: 'MUG-1', orderId: 'o1', rating: 4, text: expect.stringContaining('Très jolie tasse'), locale: 'fr', status: 'approved', authorName: 'Ana M.', createdAt: '2026-03-10T09:00:00.000Z' },
    ]);
    expect(exported.carts).toEqual([{ id: 'c9', status: 'open', updatedAt: '2026-03-20T00:00:00.000Z', items: [{ sku: 'MUG-1', productId: 'p-mug', quantity: 1 }], email: 'ana.martin@example.com', reminderConsent: true }]);
    expect(exported.emailPreferences).toEqual({ remindersStopped: true, since: '2026-03-21T00:00:00.000Z' });
  });

  it('shows a cart found twice once', () => {
    const data = customerData();
    data.carts.push({ ...data.carts[0]! });
    expect(presentExport(data, now).carts).toHaveLength(1);
  });

  it('carries no table key, no token and no version counter', () => {
    const text = JSON.stringify(exported);
    for (const hidden of ['"pk"', '"sk"', 'gsi', 'secret-token', 'download-token', '"version"', '"accessToken"', 'fileKey', 'discountUse', 'REVIEWED#']) expect(text, hidden).not.toContain(hidden);
  });

  it('answers null for a profile and preferences never saved, and empty lists', () => {
    const empty = presentExport({ identity: { sub: 'x', emailVerified: false }, accountItems: [], orders: [], reviews: [], reviewClaims: [], carts: [], discountUses: [] }, now);
    expect(empty).toEqual({ exportedAt: now, format: 1, identity: { sub: 'x', email: null, emailVerified: false }, profile: null, addresses: [], consents: [], orders: [], reviews: [], carts: [], emailPreferences: null });
  });
});

describe('exportFileName', () => {
  it('names the download by the day of the export', () => {
    expect(exportFileName(now)).toBe('donnees-personnelles-2026-04-01.json');
  });
});
