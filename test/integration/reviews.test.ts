/**
 * Reviews end to end on the shared local stack: only what was received can be reviewed, once per
 * buyer; nothing shows before the merchant approves; approval feeds the product's rating (detail
 * and sort=rating), rejection takes it back; customers never reach each other's orders.
 */
import { describe, expect, it } from 'vitest';
import { productWithStock } from './checkout-support.ts';
import { deliveredOrder, deliver, guestReview, jsonBody, moderate, paidOrder, shipOrder } from './reviews-support.ts';
import { api, eventually, merchantTokens, newCustomer } from './support.ts';

const slugOf = async (productId: string): Promise<string> => {
  const { idToken } = await merchantTokens();
  return (await api(`/api/admin/products/${productId}`, { token: idToken })).json.product.slug as string;
};

const pendingIds = async (): Promise<string[]> => {
  const { idToken } = await merchantTokens();
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await api(`/api/admin/reviews?status=pending&limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: idToken });
    expect(page.status).toBe(200);
    ids.push(...page.json.items.map((item: { id: string }) => item.id));
    cursor = page.json.nextCursor;
  } while (cursor);
  return ids;
};

describe('writing a review', () => {
  it('refuses a product not yet delivered, accepts it once delivered as pending and invisible, and refuses a second review', async () => {
    const { sku, productId } = await productWithStock(5);
    const slug = await slugOf(productId);
    const order = await paidOrder([sku]);
    const trackingNumber = await shipOrder(order);

    const early = await guestReview(order, { sku });
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe('review_not_received');
    expect((await api(`/api/orders/${order.orderId}/reviews?token=${order.token}`)).json.products).toEqual([expect.objectContaining({ productId, sku, state: 'not_received', review: null })]);

    await deliver(trackingNumber);
    const state = await api(`/api/orders/${order.orderId}/reviews?token=${order.token}&locale=en`);
    expect(state.json).toMatchObject({ orderNumber: order.orderNumber, authorName: 'Ana M.', products: [{ productId, sku, state: 'reviewable', title: expect.stringMatching(/^Test item /) }] });

    const written = await guestReview(order, { sku, rating: 4, text: '  Très bien coupé,\r\n\r\n\r\n\r\nje recommande.  ' });
    expect(written.status, written.text).toBe(201);
    expect(written.json.review).toMatchObject({ productId, rating: 4, text: 'Très bien coupé,\n\nje recommande.', status: 'pending', orderNumber: order.orderNumber });

    // Pending: neither on the product page nor in its rating.
    expect((await api(`/api/products/${slug}/reviews`)).json).toEqual({ reviews: [], nextCursor: null });
    expect((await api(`/api/products/${slug}`)).json.rating).toBeNull();

    const again = await guestReview(order, { sku, rating: 1, text: 'Finalement non.' });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('review_exists');
    expect((await api(`/api/orders/${order.orderId}/reviews?token=${order.token}`)).json.products[0]).toMatchObject({ state: 'reviewed', review: { rating: 4, status: 'pending' } });
    expect(await pendingIds()).toContain(written.json.review.id);
  });

  it('answers 404 without the right token, 400 for a bad rating or text, 422 for a SKU not in the order', async () => {
    const { sku } = await productWithStock(5);
    const order = await deliveredOrder([sku]);
    const other = await productWithStock(5);
    expect((await guestReview({ orderId: order.orderId, token: 'not-the-token' }, { sku })).status).toBe(404);
    expect((await api(`/api/orders/${order.orderId}/reviews`)).status).toBe(404);
    const invalid = await guestReview(order, { sku, rating: 6, text: ' a ' });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.details.map((detail: { path: string; code: string }) => `${detail.path}:${detail.code}`).sort()).toEqual(['body.rating:too_big', 'body.text:too_small']);
    expect((await guestReview(order, { sku, text: 'x'.repeat(2001) })).json.error.details[0]).toMatchObject({ path: 'body.text', code: 'too_big' });
    expect((await guestReview(order, { sku: other.sku })).json.error.code).toBe('review_product_not_in_order');
    // None of the refusals wrote anything: the real review still goes through.
    expect((await guestReview(order, { sku })).status).toBe(201);
  });

  it('lets a buyer review a digital product once paid, without any delivery', async () => {
    const { idToken } = await merchantTokens();
    const created = await api('/api/admin/products', {
      ...jsonBody('POST', {
        slug: `test-ebook-${Date.now()}`,
        title: { fr: 'Livre numérique de test', en: 'Test e-book' },
        description: { fr: 'Test', en: 'Test' },
        category: 'decoration',
        brand: 'Test',
        kind: 'digital',
        images: [],
        attributes: {},
        status: 'active',
        variants: [{ sku: `EBOOK-${Date.now()}`, options: { format: 'epub' }, price: 900, vatRate: 550, digitalFile: { key: 'digital/test.epub', fileName: 'test.epub' } }],
      }),
      token: idToken,
    });
    expect(created.status, created.text).toBe(201);
    const sku = created.json.variants[0].sku as string;
    const order = await paidOrder([sku], { physical: false });
    const written = await guestReview(order, { sku, rating: 3, text: 'Lecture agréable.' });
    expect(written.status, written.text).toBe(201);
  });
});

describe('moderation and the rating', () => {
  it('shows a review once approved, counts it in the average, and takes it back out when rejected', async () => {
    const { sku, productId } = await productWithStock(10);
    const slug = await slugOf(productId);
    const [first, second] = await Promise.all([deliveredOrder([sku]), deliveredOrder([sku], { locale: 'en' })]);
    const five = (await guestReview(first, { sku, rating: 5, text: 'Parfait, rien à redire.' })).json.review.id as string;
    const two = (await guestReview(second, { sku, rating: 2, text: 'Disappointing fabric.', locale: 'en' })).json.review.id as string;

    const { idToken } = await merchantTokens();
    const pending = await api('/api/admin/reviews?status=pending&limit=100', { token: idToken });
    const listed = pending.json.items.find((item: { id: string }) => item.id === five);
    expect(listed).toMatchObject({ status: 'pending', rating: 5, text: 'Parfait, rien à redire.', orderNumber: first.orderNumber, productId, productTitle: { fr: expect.stringMatching(/^Article de test/) }, authorName: 'Ana M.' });

    const approved = await moderate(five, 'approve');
    expect(approved.status, approved.text).toBe(200);
    expect(approved.json.review).toMatchObject({ id: five, status: 'approved' });
    expect((await moderate(five, 'approve')).json.error.code).toBe('review_already_decided');
    expect((await moderate(two, 'approve')).status).toBe(200);

    expect((await api(`/api/products/${slug}`)).json.rating).toEqual({ average: 3.5, count: 2 });
    const visible = await eventually(() => api(`/api/products/${slug}/reviews`), (response) => response.json.reviews.length === 2);
    // Newest first; no identifier of the buyer.
    expect(visible.json.reviews.map((review: { id: string }) => review.id)).toEqual([two, five]);
    expect(Object.keys(visible.json.reviews[0]).sort()).toEqual(['authorName', 'createdAt', 'id', 'locale', 'rating', 'text']);
    expect((await api(`/api/products/${slug}/reviews?locale=fr`)).json.reviews.map((review: { id: string }) => review.id)).toEqual([five]);
    const paged = await api(`/api/products/${slug}/reviews?limit=1`);
    expect(paged.json.reviews).toHaveLength(1);
    const next = await api(`/api/products/${slug}/reviews?limit=1&cursor=${paged.json.nextCursor}`);
    expect(next.json.reviews.map((review: { id: string }) => review.id)).toEqual([five]);
    expect((await api(`/api/products/${slug}/reviews?cursor=bm9wZQ`)).status).toBe(400);

    const rejected = await moderate(two, 'reject');
    expect(rejected.json.review.status).toBe('rejected');
    expect((await api(`/api/products/${slug}`)).json.rating).toEqual({ average: 5, count: 1 });
    await eventually(() => api(`/api/products/${slug}/reviews`), (response) => response.json.reviews.length === 1);
    expect((await moderate(two, 'reject')).status).toBe(409);
    const rejectedList = await api('/api/admin/reviews?status=rejected&limit=100', { token: idToken });
    expect(rejectedList.json.items.map((item: { id: string }) => item.id)).toContain(two);
  });

  it("keeps the rating through a merchant's edit read before the approval, without refusing the edit", async () => {
    const { sku, productId } = await productWithStock(5);
    const order = await deliveredOrder([sku]);
    const id = (await guestReview(order, { sku, rating: 4 })).json.review.id as string;
    const { idToken } = await merchantTokens();
    const before = (await api(`/api/admin/products/${productId}`, { token: idToken })).json.product;
    expect((await moderate(id, 'approve')).status).toBe(200);
    const edited = await api(`/api/admin/products/${productId}`, { ...jsonBody('PATCH', { version: before.version, brand: 'Renamed' }), token: idToken });
    expect(edited.status, edited.text).toBe(200);
    const slug = before.slug as string;
    expect((await api(`/api/products/${slug}`)).json).toMatchObject({ brand: 'Renamed', rating: { average: 4, count: 1 } });
  });

  it('sorts the listing best rated first, unrated products after', async () => {
    const [best, good, unrated] = await Promise.all([productWithStock(5), productWithStock(5), productWithStock(5)]);
    const reviewed = async (sku: string, rating: number) => {
      const order = await deliveredOrder([sku]);
      const id = (await guestReview(order, { sku, rating })).json.review.id as string;
      expect((await moderate(id, 'approve')).status).toBe(200);
    };
    await Promise.all([reviewed(best.sku, 5), reviewed(good.sku, 4)]);
    const positions = async () => {
      const listing = await api('/api/products?category=decoration&sort=rating&limit=100');
      const ids = listing.json.items.map((item: { id: string }) => item.id) as string[];
      return { ids, items: listing.json.items as Array<{ id: string; rating: unknown }> };
    };
    // The listing is served from the in-memory index, about 3 s behind the table.
    const { ids, items } = await eventually(positions, ({ ids }) => ids.includes(best.productId) && ids.includes(good.productId) && ids.indexOf(best.productId) < ids.indexOf(good.productId));
    expect(ids.indexOf(best.productId)).toBeLessThan(ids.indexOf(good.productId));
    const unratedAt = ids.indexOf(unrated.productId);
    expect(unratedAt === -1 || unratedAt > ids.indexOf(good.productId)).toBe(true);
    expect(items.find((item) => item.id === best.productId)!.rating).toEqual({ average: 5, count: 1 });
    // Every rated product comes before every unrated one.
    const firstUnrated = items.findIndex((item) => item.rating === null);
    expect(items.slice(firstUnrated).every((item) => item.rating === null)).toBe(true);
  });
});

describe('reviews from an account', () => {
  it("reviews the customer's own delivered order, never another customer's, and once across the account and the guest link", async () => {
    const [alice, bob] = await Promise.all([newCustomer(), newCustomer()]);
    const { sku, productId } = await productWithStock(5);
    const order = await deliveredOrder([sku], { buyer: alice, email: alice.email });
    const body = { orderId: order.orderId, sku, rating: 5, text: 'Conforme à la description.', locale: 'fr' };

    expect((await api('/api/account/reviews', { ...jsonBody('POST', body), token: bob.idToken })).status).toBe(404);
    expect((await api(`/api/account/orders/${order.orderId}/reviews`, { token: bob.idToken })).status).toBe(404);
    expect((await api('/api/account/reviews', jsonBody('POST', body))).status).toBe(401);

    expect((await api(`/api/account/orders/${order.orderId}/reviews`, { token: alice.idToken })).json.products).toEqual([expect.objectContaining({ productId, state: 'reviewable' })]);
    const written = await api('/api/account/reviews', { ...jsonBody('POST', body), token: alice.idToken });
    expect(written.status, written.text).toBe(201);
    expect((await api('/api/account/reviews', { ...jsonBody('POST', { ...body, rating: 1 }), token: alice.idToken })).status).toBe(409);
    // The guest link of the same order meets the same claim.
    expect((await guestReview(order, { sku })).status).toBe(409);

    const mine = await api('/api/account/reviews', { token: alice.idToken });
    expect(mine.json.reviews).toEqual([expect.objectContaining({ id: written.json.review.id, productId, orderId: order.orderId, status: 'pending', rating: 5 })]);
    expect((await api('/api/account/reviews', { token: bob.idToken })).json.reviews).toEqual([]);
  });
});

describe('admin review routes', () => {
  it('refuse shoppers and anonymous callers', async () => {
    const shopper = await newCustomer();
    expect((await api('/api/admin/reviews')).status).toBe(401);
    expect((await api('/api/admin/reviews', { token: shopper.idToken })).status).toBe(401);
    expect((await api('/api/admin/reviews/abcdefghijkl/approve', { method: 'POST', token: shopper.idToken })).status).toBe(401);
    const { idToken } = await merchantTokens();
    expect((await api('/api/admin/reviews/abcdefghijkl/approve', { method: 'POST', token: idToken })).json.error.code).toBe('review_not_found');
    expect((await api('/api/admin/reviews?status=lost', { token: idToken })).status).toBe(400);
  });
});
