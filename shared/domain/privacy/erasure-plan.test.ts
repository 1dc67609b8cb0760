import { describe, expect, it } from 'vitest';
import type { CustomerData, Item } from './customer-data.ts';
import { customerData, email, phone, street } from './customer-data.fixture.ts';
import { applyStep, erasedBuyerName, planErasure, stepsOf, type ErasurePlan } from './erasure-plan.ts';

const context = () => {
  let count = 0;
  return { now: '2026-04-01T00:00:00.000Z', newToken: () => `fresh-${++count}` };
};

const everyItem = (data: CustomerData): Item[] => [
  ...data.accountItems,
  ...data.orders.flatMap(({ order, history, documents, downloadGrants }) => [order, ...history, ...documents, ...downloadGrants]),
  ...data.reviews,
  ...data.reviewClaims,
  ...data.carts,
  ...data.discountUses,
  ...(data.emailPrefs ? [data.emailPrefs] : []),
];

const keyOf = (item: { pk: string; sk: string }) => `${item.pk}|${item.sk}`;

/** The table as a map, after the plan's phases (all, or the first `phases`). */
const applied = (data: CustomerData, plan: ErasurePlan, phases = plan.phases.length): Map<string, Item> => {
  const table = new Map(everyItem(data).map((item) => [keyOf(item), item]));
  for (const step of plan.phases.slice(0, phases).flat()) {
    const next = applyStep(table.get(keyOf(step.key)), step);
    if (next) table.set(keyOf(step.key), next);
    else table.delete(keyOf(step.key));
  }
  return table;
};

/** What a gatherer would read back from the table (every item still there, wherever it was found). */
const regathered = (data: CustomerData, table: Map<string, Item>): CustomerData => {
  const still = (item: Item) => table.get(keyOf(item));
  const present = (items: Item[]) => items.map(still).filter((item): item is Item => Boolean(item));
  return {
    identity: data.identity,
    accountItems: present(data.accountItems),
    orders: data.orders.map((record) => ({ ...record, order: still(record.order)!, history: present(record.history), documents: present(record.documents), downloadGrants: present(record.downloadGrants) })),
    reviews: present(data.reviews),
    reviewClaims: present(data.reviewClaims),
    carts: present(data.carts),
    discountUses: present(data.discountUses),
    ...(data.emailPrefs ? { emailPrefs: still(data.emailPrefs)! } : {}),
  };
};

const get = (table: Map<string, Item>, pk: string, sk: string) => table.get(`${pk}|${sk}`);

describe('planErasure', () => {
  const data = customerData();
  const table = applied(data, planErasure(data, context()));

  it('leaves no email (in any case), phone or street line in any item, and no full name in free text', () => {
    const text = JSON.stringify([...table.values()]);
    expect(text.toLowerCase()).not.toContain(email.toLowerCase());
    for (const value of [phone, street, 'Bâtiment B', '3 allée des Tilleuls']) expect(text).not.toContain(value);
    expect(text.toLowerCase()).not.toContain('ana martin');
    // Free text keeps what is not personal.
    expect(get(table, 'ORDER#o1', 'RETURN#r1')!.reason).toBe('[…]: fêlée, rappelez-moi au […]');
    expect(get(table, 'REVIEW#rv1', 'REVIEW')!.text).toBe('Très jolie tasse, merci […] pour le mot ([…])');
  });

  it('keeps on each order what accounting needs, and drops its links to the person', () => {
    const order = get(table, 'ORDER#o1', 'ORDER')!;
    const before = data.orders[0]!.order;
    expect(order).toMatchObject({ id: 'o1', number: before.number, lines: before.lines, totals: before.totals, payment: before.payment, paidAt: before.paidAt, discountCode: 'BIENVENUE', createdAt: before.createdAt, gsi3pk: 'ORDERS#2026-03' });
    expect(order.shippingAddress).toEqual({ country: 'FR' });
    for (const field of ['email', 'customerSub', 'claimedAt', 'discountUse', 'gsi1pk', 'gsi1sk', 'gsi4pk', 'gsi4sk']) expect(order, field).not.toHaveProperty(field);
    // Old guest links stop opening the order.
    expect(order.accessToken).not.toBe(before.accessToken);
    expect(order.erasedAt).toBe('2026-04-01T00:00:00.000Z');
    expect(get(table, 'ORDER#o2', 'ORDER')).not.toHaveProperty('shippingAddress');
  });

  it("reduces the invoice's buyer to a neutral name and the country, keeping its number and amounts", () => {
    const invoice = get(table, 'DOCUMENTS#o1', 'INVOICE')!;
    expect(invoice.number).toBe('F-2026-000007');
    expect(invoice.document).toMatchObject({ number: 'F-2026-000007', totalInclVat: 3490, vat: [{ rate: 2000, base: 2908, amount: 582 }], buyer: { name: erasedBuyerName, addressLines: ['France'] } });
  });

  it('keeps the review on the product (rating, status, product index) as an anonymous one, and deletes only its own claims', () => {
    const review = get(table, 'REVIEW#rv1', 'REVIEW')!;
    expect(review).toMatchObject({ rating: 4, status: 'approved', productId: 'p-mug', authorName: null, gsi2pk: 'PRODUCT_REVIEWS#p-mug', gsi3pk: 'REVIEW_STATUS#approved' });
    for (const field of ['customerSub', 'emailHash', 'owner', 'gsi1pk', 'gsi1sk']) expect(review, field).not.toHaveProperty(field);
    expect(get(table, 'REVIEWED#p-mug#sub#sub-ana', 'REVIEWED')).toBeUndefined();
    expect(get(table, 'REVIEWED#p-mug#email#hash-ana', 'REVIEWED')).toBeUndefined();
    expect(get(table, 'REVIEWED#p-vase#email#hash-ana', 'REVIEWED')).toEqual(data.reviewClaims[2]);
  });

  it('closes a waiting review invitation and takes it out of the job index', () => {
    const invite = get(table, 'ORDER#o1', 'REVIEWINVITE')!;
    expect(invite).toMatchObject({ state: 'erased', closedAt: '2026-04-01T00:00:00.000Z' });
    expect(invite).not.toHaveProperty('gsi2pk');
  });

  it('takes the email, the reminder consent and both indexes off carts, moving their version on', () => {
    const cart = get(table, 'CART#c9', 'CART')!;
    expect(cart).toMatchObject({ lines: data.carts[0]!.lines, reminderConsent: false, version: 5, status: 'open' });
    for (const field of ['email', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk']) expect(cart, field).not.toHaveProperty(field);
  });

  it('deletes the account items and the per-email discount counter, and keeps the email opt-out', () => {
    for (const item of data.accountItems) expect(table.has(keyOf(item))).toBe(false);
    expect(get(table, 'DISCOUNT#BIENVENUE', 'EMAIL#hash-ana')).toBeUndefined();
    expect(get(table, 'EMAIL#hash-ana', 'PREFS')).toEqual(data.emailPrefs);
  });

  it('leaves shipments, sent-email markers and download grants as they were', () => {
    expect(get(table, 'ORDER#o1', 'SHIPMENT#1')).toEqual(data.orders[0]!.history[0]);
    expect(get(table, 'ORDER#o1', 'EMAIL#confirmation')).toEqual(data.orders[0]!.history[3]);
    expect(get(table, 'DOWNLOAD#download-token-1', 'GRANT')).toEqual(data.orders[1]!.downloadGrants[0]);
  });

  it('orders the phases: claims before reviews, an order after its other items, the account last', () => {
    const phases = planErasure(customerData(), context()).phases;
    const phaseOf = (pk: string, sk: string) => phases.findIndex((phase) => phase.some((step) => step.key.pk === pk && step.key.sk === sk));
    expect(phaseOf('REVIEWED#p-mug#sub#sub-ana', 'REVIEWED')).toBeLessThan(phaseOf('REVIEW#rv1', 'REVIEW'));
    expect(phaseOf('ORDER#o1', 'RETURN#r1')).toBeLessThan(phaseOf('ORDER#o1', 'ORDER'));
    expect(phaseOf('DOCUMENTS#o1', 'INVOICE')).toBeLessThan(phaseOf('ORDER#o1', 'ORDER'));
    expect(phaseOf('DISCOUNT#BIENVENUE', 'EMAIL#hash-ana')).toBeLessThan(phaseOf('ORDER#o1', 'ORDER'));
    expect(phaseOf('CUSTOMER#sub-ana', 'PROFILE')).toBe(phases.length - 1);
    expect(phaseOf('ORDER#o1', 'ORDER')).toBeLessThan(phaseOf('CUSTOMER#sub-ana', 'PROFILE'));
  });

  it('plans nothing more for data already erased', () => {
    expect(stepsOf(planErasure(regathered(data, table), context()))).toEqual([]);
  });

  it('finishes a run stopped half-way when planned again, to the same end state', () => {
    const first = planErasure(data, context());
    const halfWay = applied(data, first, 3);
    const rest = regathered(data, halfWay);
    const finished = applied(rest, planErasure(rest, context()));
    // Same items, same values (the fresh tokens come from the same sequence).
    expect(Object.fromEntries(finished)).toEqual(Object.fromEntries(table));
  });

  it('changes nothing of an account that holds nothing', () => {
    const empty: CustomerData = { identity: { sub: 'x', emailVerified: false }, accountItems: [], orders: [], reviews: [], reviewClaims: [], carts: [], discountUses: [] };
    expect(stepsOf(planErasure(empty, context()))).toEqual([]);
  });
});

describe('applyStep', () => {
  it('sets, removes and adds on a copy, and deletes', () => {
    const item = { pk: 'A', sk: 'B', keep: 1, gone: 2, version: 3 };
    expect(applyStep(item, { action: 'update', key: item, reason: 'cart', set: { keep: 9 }, remove: ['gone'], add: { version: 1 } })).toEqual({ pk: 'A', sk: 'B', keep: 9, version: 4 });
    expect(item.gone).toBe(2);
    expect(applyStep(item, { action: 'delete', key: item, reason: 'account' })).toBeUndefined();
  });
});
