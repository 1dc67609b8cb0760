/**
 * Reviews in the single table. Writing one is a transaction with one claim per buyer identity, so
 * a second review of the same product by the same buyer is refused whatever order it comes from.
 * A moderation decision moves the review between indexes and changes the product's rating
 * aggregate (sum and count on the product item) in the same transaction; the product also moves
 * in the catalog feed, so the catalog's in-memory index follows within its refresh interval.
 */
import { BatchGetCommand, GetCommand, QueryCommand, TransactWriteCommand, type QueryCommandInput, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { Review, ReviewStatus } from '#shared/domain/reviews/model.ts';
import { aggregateChange } from '#shared/domain/reviews/rules.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { failedConditions, retryOnConflict } from './conditions.ts';
import {
  catalogFeedKeys,
  catalogShardOf,
  keys,
  productReviewKeys,
  productReviewsPk,
  reviewKeys,
  reviewStatusKeys,
  reviewStatusPk,
  reviewerKeys,
  reviewerPk,
} from './keys.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const indexFields = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'type', 'owner'];
const toReview = (item: Record<string, unknown>): Review => Object.fromEntries(Object.entries(item).filter(([field]) => !indexFields.includes(field))) as unknown as Review;

/**
 * Writes a pending review and its claims; false when one of the buyer's identities has already
 * reviewed the product (nothing is written then).
 */
export const createReview = async (review: Review, identities: string[], owner: string): Promise<boolean> => {
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...reviewKeys.review(review.id),
          ...reviewStatusKeys(review.status, review.createdAt, review.id),
          ...reviewerKeys(owner, review.createdAt, review.id),
          type: 'review',
          owner,
          ...review,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...identities.map(
      (identity): TransactItem => ({
        Put: {
          TableName: tableName(),
          Item: { ...reviewKeys.claim(review.productId, identity), type: 'review_claim', reviewId: review.id, productId: review.productId, createdAt: review.createdAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }),
    ),
  ];
  try {
    await retryOnConflict(() => dynamodb.send(new TransactWriteCommand({ TransactItems: items })));
    return true;
  } catch (error) {
    if (failedConditions(error)?.length) return false;
    throw error;
  }
};

export const getReview = async (reviewId: string, consistent = true): Promise<Review | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: reviewKeys.review(reviewId), ConsistentRead: consistent }));
  return result.Item ? toReview(result.Item) : undefined;
};

const batchGet = async (keyList: Array<{ pk: string; sk: string }>): Promise<Record<string, unknown>[]> => {
  const found: Record<string, unknown>[] = [];
  for (let start = 0; start < keyList.length; start += 100) {
    let pending: Record<string, unknown>[] | undefined = keyList.slice(start, start + 100);
    for (let attempt = 0; pending?.length && attempt < 5; attempt++) {
      const result = await dynamodb.send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } } }));
      found.push(...(result.Responses?.[tableName()] ?? []));
      pending = result.UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined;
      if (pending?.length) await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
  return found;
};

/** The buyer's existing review of each product, found through their claims (any identity counts). */
export const reviewsByBuyer = async (productIds: string[], identities: string[]): Promise<Map<string, Review>> => {
  const claims = await batchGet(productIds.flatMap((productId) => identities.map((identity) => reviewKeys.claim(productId, identity))));
  const reviewIds = [...new Set(claims.map((claim) => String(claim.reviewId)))];
  const reviews = (await batchGet(reviewIds.map((id) => reviewKeys.review(id)))).map(toReview);
  return new Map(reviews.map((review) => [review.productId, review]));
};

export interface ReviewPage {
  reviews: Review[];
  nextCursor: string | null;
}

const encodeCursor = (key: Record<string, unknown>): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The start key a cursor carries; a cursor we did not issue for this partition is refused (400). */
const decodeCursor = (cursor: string | undefined, index: 'gsi1' | 'gsi2' | 'gsi3', partition: string): Record<string, unknown> | undefined => {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const fields = ['pk', 'sk', `${index}pk`, `${index}sk`];
    if (typeof key === 'object' && key !== null && Object.keys(key).length === 4 && fields.every((field) => typeof key[field] === 'string') && key[`${index}pk`] === partition) return key;
  } catch {
    // fall through: not a cursor we issued
  }
  throw new ValidationError('The cursor is invalid.', [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Use the nextCursor of a previous page.' }]);
};

/**
 * Newest first from one index partition, `limit` items at most. A filter (the language) may leave
 * a read short: reading goes on, a few pages at most, so a page is rarely shorter than asked.
 */
const pageOf = async (index: 'gsi1' | 'gsi2' | 'gsi3', partition: string, limit: number, cursor: string | undefined, filter?: Pick<QueryCommandInput, 'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'>): Promise<ReviewPage> => {
  const reviews: Review[] = [];
  let key = decodeCursor(cursor, index, partition);
  for (let read = 0; read < 4; read++) {
    const page = await dynamodb.send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: index,
        KeyConditionExpression: `${index}pk = :partition`,
        ...(filter?.FilterExpression ? { FilterExpression: filter.FilterExpression, ExpressionAttributeNames: filter.ExpressionAttributeNames } : {}),
        ExpressionAttributeValues: { ':partition': partition, ...filter?.ExpressionAttributeValues },
        ScanIndexForward: false,
        Limit: limit - reviews.length,
        ...(key ? { ExclusiveStartKey: key } : {}),
      }),
    );
    reviews.push(...(page.Items ?? []).map(toReview));
    key = page.LastEvaluatedKey;
    if (!key || reviews.length >= limit) break;
  }
  return { reviews, nextCursor: key ? encodeCursor(key) : null };
};

/** A product's approved reviews, newest first; `locale` keeps those written in that language. */
export const listProductReviews = (productId: string, options: { limit: number; cursor?: string; locale?: Locale }): Promise<ReviewPage> =>
  pageOf(
    'gsi2',
    productReviewsPk(productId),
    options.limit,
    options.cursor,
    options.locale ? { FilterExpression: '#locale = :locale', ExpressionAttributeNames: { '#locale': 'locale' }, ExpressionAttributeValues: { ':locale': options.locale } } : undefined,
  );

/** The merchant's moderation list for one status, newest first. */
export const listReviewsByStatus = (status: ReviewStatus, options: { limit: number; cursor?: string }): Promise<ReviewPage> =>
  pageOf('gsi3', reviewStatusPk(status), options.limit, options.cursor);

/** A buyer's reviews under each of their identities (at most `limit` each), newest first, without duplicates. */
export const listReviewerReviews = async (identities: string[], limit = 100): Promise<Review[]> => {
  const pages = await Promise.all(identities.map((identity) => pageOf('gsi1', reviewerPk(identity), limit, undefined)));
  const byId = new Map(pages.flatMap((page) => page.reviews).map((review) => [review.id, review]));
  return [...byId.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
};

export type DecisionOutcome = 'decided' | 'status_changed' | 'product_missing';

/**
 * Moves a review from the status it was read in to `to`, conditionally on that status, and changes
 * the product's aggregate in the same transaction when the review enters or leaves "approved".
 * The product's `ratingVersion` counts these changes so the in-memory index knows the newer copy
 * (its `updatedAt` and `version` stay the merchant's: a concurrent edit is neither refused nor lost).
 */
export const decideReview = async (review: Review, to: Exclude<ReviewStatus, 'pending'>, at: string): Promise<DecisionOutcome> => {
  const entering = to === 'approved' ? productReviewKeys(review.productId, review.createdAt, review.id) : undefined;
  const status = reviewStatusKeys(to, review.createdAt, review.id);
  const items: TransactItem[] = [
    {
      Update: {
        TableName: tableName(),
        Key: reviewKeys.review(review.id),
        UpdateExpression: `SET #status = :to, decidedAt = :at, gsi3pk = :statusPk, gsi3sk = :statusSk${entering ? ', gsi2pk = :productPk, gsi2sk = :productSk' : ' REMOVE gsi2pk, gsi2sk'}`,
        ConditionExpression: '#status = :from',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':to': to,
          ':from': review.status,
          ':at': at,
          ':statusPk': status.gsi3pk,
          ':statusSk': status.gsi3sk,
          ...(entering ? { ':productPk': entering.gsi2pk, ':productSk': entering.gsi2sk } : {}),
        },
      },
    },
  ];
  const change = aggregateChange(review.status, to, review.rating);
  if (change) {
    const product = keys.product(review.productId);
    items.push({
      Update: {
        TableName: tableName(),
        Key: product,
        UpdateExpression: 'ADD ratingSum :sum, ratingCount :count, ratingVersion :one SET gsi1sk = :feed',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':sum': change.sum, ':count': change.count, ':one': 1, ':feed': catalogFeedKeys(catalogShardOf(review.productId), at, product).gsi1sk },
      },
    });
  }
  try {
    // Two reviews of one product decided at once touch the same product item.
    await retryOnConflict(() => dynamodb.send(new TransactWriteCommand({ TransactItems: items })));
    return 'decided';
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(0)) return 'status_changed';
    if (failed?.includes(1)) return 'product_missing';
    throw error;
  }
};
