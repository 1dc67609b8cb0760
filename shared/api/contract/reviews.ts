/** Reviews: written by buyers (guest token or account), listed on product pages, moderated by the merchant. */
import * as z from 'zod/mini';
import { reviewStatuses } from '#shared/domain/reviews/model.ts';
import { localeQuery } from '#shared/schemas/catalog-query.ts';
import { guestOrderQuery, orderTokenQuery } from '#shared/schemas/order-input.ts';
import { accountReviewInput, adminReviewsQuery, guestReviewInput, productReviewsQuery, reviewedProductParams, reviewIdParams, reviewOrderParams } from '#shared/schemas/review-input.ts';
import { guestLinkExpired, locale, named, nullableCursor } from './common.ts';
import type { ContractTable } from './types.ts';

const rating = z.number().check(z.int());
const status = z.enum(reviewStatuses);

const ownReview = named(
  'OwnReview',
  z.object({ id: z.string(), productId: z.string(), productTitle: z.string(), orderId: z.string(), orderNumber: z.string(), sku: z.string(), rating, text: z.string(), locale, status, createdAt: z.string() }),
  'The buyer’s own review, with where moderation stands.',
);

const adminReview = named(
  'AdminReview',
  z.object({
    id: z.string(),
    status,
    rating,
    text: z.string(),
    locale,
    // null once the author's account was erased (the storefront then shows "verified buyer").
    authorName: z.nullable(z.string()),
    productId: z.string(),
    productTitle: z.object({ fr: z.string(), en: z.string() }),
    sku: z.string(),
    orderId: z.string(),
    orderNumber: z.string(),
    createdAt: z.string(),
    decidedAt: z.nullable(z.string()),
  }),
);

const orderReviews = z.object({
  orderId: z.string(),
  orderNumber: z.string(),
  authorName: z.string(),
  products: z.array(
    z.object({
      productId: z.string(),
      sku: z.string(),
      title: z.string(),
      digital: z.boolean(),
      state: z.string(),
      review: z.nullable(z.object({ rating, text: z.string(), status, createdAt: z.string() })),
    }),
  ),
});

const noOrder = { description: 'No such order for this token or account.' };
const refused = { description: 'Already reviewed (`review_exists`).' };
const notReviewable = { description: 'The product was not bought in this order, or not delivered yet.' };
const decision = (summary: string) => ({
  summary,
  request: { params: reviewIdParams },
  responses: { 200: { description: 'The review after the decision; the product’s rating follows.', body: z.object({ review: adminReview }) }, 404: { description: 'No such review.' }, 409: { description: 'Already decided that way by someone else meanwhile.' } },
});

export const reviewContracts = {
  'POST /api/account/reviews': {
    summary: 'Review a product of one of the account’s orders',
    request: { body: accountReviewInput },
    responses: { 201: { description: 'The review, pending moderation.', body: z.object({ review: ownReview }) }, 404: noOrder, 409: refused, 422: notReviewable },
  },
  'GET /api/account/reviews': {
    summary: 'The account’s reviews',
    request: { query: localeQuery },
    responses: { 200: { description: 'Every review the account wrote.', body: z.object({ reviews: z.array(ownReview) }) } },
  },
  'GET /api/account/orders/{id}/reviews': {
    summary: 'What can be reviewed in one of the account’s orders',
    request: { params: reviewOrderParams, query: localeQuery },
    responses: { 200: { description: 'Each product of the order and its review state.', body: orderReviews }, 404: noOrder },
  },
  'POST /api/orders/{id}/reviews': {
    summary: 'Review a product of an order (guest token)',
    request: { params: reviewOrderParams, query: orderTokenQuery, body: guestReviewInput },
    responses: { ...guestLinkExpired, 201: { description: 'The review, pending moderation.', body: z.object({ review: ownReview }) }, 404: noOrder, 409: refused, 422: notReviewable },
  },
  'GET /api/orders/{id}/reviews': {
    summary: 'What can be reviewed in an order (guest token)',
    request: { params: reviewOrderParams, query: guestOrderQuery },
    responses: { ...guestLinkExpired, 200: { description: 'Each product of the order and its review state.', body: orderReviews }, 404: noOrder },
  },
  'GET /api/products/{slug}/reviews': {
    summary: 'A product’s approved reviews',
    request: { params: reviewedProductParams, query: productReviewsQuery },
    responses: {
      200: {
        description: 'A page of approved reviews.',
        body: z.object({ reviews: z.array(z.object({ id: z.string(), rating, text: z.string(), locale, authorName: z.nullable(z.string()), createdAt: z.string() })), nextCursor: nullableCursor }),
      },
      404: { description: 'No such product.' },
    },
  },
  'GET /api/admin/reviews': {
    summary: 'Reviews by moderation state',
    request: { query: adminReviewsQuery },
    responses: { 200: { description: 'A page of reviews.', body: z.object({ items: z.array(adminReview), nextCursor: nullableCursor }) } },
  },
  'POST /api/admin/reviews/{id}/approve': decision('Approve a review'),
  'POST /api/admin/reviews/{id}/reject': decision('Reject a review'),
} satisfies ContractTable;
