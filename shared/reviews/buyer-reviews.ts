/**
 * A buyer's side of reviews: what each product of an order allows (review it, already reviewed,
 * not received yet), and writing a review. The caller has already proven access to the order
 * (its guest token, or being its account owner).
 */
import { randomBytes } from 'node:crypto';
import { emailHashOf } from '#shared/data/email-hash.ts';
import { getOrderHistory } from '#shared/data/fulfilment-repository.ts';
import { createReview, reviewsByBuyer } from '#shared/data/review-repository.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import type { Review } from '#shared/domain/reviews/model.ts';
import { authorNameOf, buyerIdentities, orderProducts, ownerIdentity, type Caller, type OrderProduct } from '#shared/domain/reviews/rules.ts';
import { ConflictError, UnprocessableError } from '#shared/http/errors.ts';
import type { GuestReviewInput } from '#shared/schemas/review-input.ts';

export interface OrderProductReviews extends Omit<OrderProduct, 'state'> {
  state: OrderProduct['state'] | 'reviewed';
  review?: Review;
}

const identitiesOf = (order: Order, caller?: Caller) => buyerIdentities(order, emailHashOf(order.email), caller, emailHashOf);

/** Each product of the order with what the buyer can do about it; a product reviewed from any order of theirs counts as reviewed. */
export const orderReviewState = async (order: Order, caller?: Caller): Promise<OrderProductReviews[]> => {
  const history = await getOrderHistory(order.id);
  const products = orderProducts(order, history.shipments);
  const reviewed = await reviewsByBuyer(
    products.map((product) => product.productId),
    identitiesOf(order, caller),
  );
  return products.map((product) => {
    const review = reviewed.get(product.productId);
    return review ? { ...product, state: 'reviewed' as const, review } : product;
  });
};

/**
 * Writes a pending review of a product the buyer received. 422 `review_not_received` before
 * delivery, 409 `review_exists` when the buyer (under any identity) already reviewed the product.
 */
export const submitReview = async (order: Order, input: GuestReviewInput, caller: Caller | undefined, now: Date): Promise<Review> => {
  const line = order.lines.find((candidate) => candidate.sku === input.sku);
  if (!line) throw new UnprocessableError('review_product_not_in_order', `${input.sku} is not part of this order.`, { sku: input.sku });
  // Consistent read: a delivery recorded a moment ago counts.
  const history = await getOrderHistory(order.id, true);
  const product = orderProducts(order, history.shipments).find((candidate) => candidate.productId === line.productId);
  if (product?.state !== 'reviewable') throw new UnprocessableError('review_not_received', 'A product can be reviewed once it has been received.', { sku: input.sku });

  const emailHash = emailHashOf(order.email);
  const sub = order.customerSub ?? caller?.sub;
  const review: Review = {
    id: randomBytes(12).toString('base64url'),
    productId: line.productId,
    productTitle: line.title,
    orderId: order.id,
    orderNumber: order.number,
    sku: line.sku,
    rating: input.rating,
    text: input.text,
    locale: input.locale,
    status: 'pending',
    authorName: authorNameOf(order),
    ...(sub ? { customerSub: sub } : {}),
    emailHash,
    createdAt: now.toISOString(),
  };
  if (!(await createReview(review, identitiesOf(order, caller), ownerIdentity(order, emailHash, caller)))) {
    throw new ConflictError('review_exists', 'You have already reviewed this product.', { productId: line.productId });
  }
  return review;
};
