/**
 * Orders and the stock they reserve. Placing an order is ONE transaction: each SKU's stock is
 * decremented only if enough remains, the discount's usage is counted within its limits, the
 * order is written, the cart is marked converted at the version that was priced, and the client's
 * and email's counters of unpaid holds are raised within their limits. Every later state change is
 * conditional on the state it leaves, so duplicate or late events change nothing; paying or
 * releasing an order lowers the hold counters it raised.
 */
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { refusalOf, type HoldCounter, type HoldRefusal, type OrderHolds } from '#shared/domain/orders/holds.ts';
import { paymentWindowMinutes, reservedStock, type Order, type Reserved } from '#shared/domain/orders/model.ts';
import { conditionHolds, failedConditions, retryOnConflict } from './conditions.ts';
import {
  accountOrderKeys,
  catalogFeedKeys,
  catalogShardOf,
  customerOrderKeys,
  holdCounterKey,
  keys,
  monthlyOrderKeys,
  pendingOrderKeys,
  pendingOrderPk,
  pendingOrderShardCount,
} from './keys.ts';
import { emailHashOf } from './email-hash.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface Reservation extends Reserved {
  cartVersion: number;
  /** The hold counters this order is checked against and raises (see `holdsFor`); the order records what it raised. */
  holdCounters?: HoldCounter[];
}

export type PlaceOrderFailure =
  | { reason: 'out_of_stock'; skus: string[] }
  | { reason: 'discount_exhausted' }
  | { reason: 'order_exists' }
  | { reason: 'cart_changed' }
  | { reason: 'too_many_pending'; refusal: HoldRefusal };

// A counter nobody raised for two payment windows holds nothing still pending: DynamoDB may delete it.
const holdExpiry = (at: string) => Math.floor(Date.parse(at) / 1000) + 2 * paymentWindowMinutes * 60;

const raiseHold = (counter: HoldCounter, units: number, at: string): TransactItem => {
  const limits = [
    ...(Number.isFinite(counter.maxOrders) ? ['orders < :maxOrders'] : []),
    ...(Number.isFinite(counter.maxUnits) ? ['units <= :room'] : []),
  ];
  return {
    Update: {
      TableName: tableName(),
      Key: holdCounterKey(counter.scope, counter.hash),
      UpdateExpression: 'ADD orders :one, units :units SET expiresAt = :expires, #type = :type',
      ...(limits.length ? { ConditionExpression: `attribute_not_exists(orders) OR (${limits.join(' AND ')})` } : {}),
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':one': 1,
        ':units': units,
        ':expires': holdExpiry(at),
        ':type': 'hold_counter',
        ...(Number.isFinite(counter.maxOrders) ? { ':maxOrders': counter.maxOrders } : {}),
        ...(Number.isFinite(counter.maxUnits) ? { ':room': counter.maxUnits - units } : {}),
      },
    },
  };
};

/** Lowers the counters an order raised (unconditional: inside the transaction of the transition that ends the hold). */
const lowerHolds = (holds: OrderHolds | undefined, at: string): TransactItem[] =>
  (['client', 'email'] as const).flatMap((scope) => {
    const hash = holds?.[scope];
    if (!hash) return [];
    return [
      {
        Update: {
          TableName: tableName(),
          Key: holdCounterKey(scope, hash),
          UpdateExpression: 'ADD orders :minusOne, units :minusUnits SET expiresAt = if_not_exists(expiresAt, :expires)',
          ExpressionAttributeValues: { ':minusOne': -1, ':minusUnits': -holds!.units, ':expires': holdExpiry(at) },
        },
      },
    ];
  });

const heldBy = async (counter: HoldCounter): Promise<{ orders: number; units: number }> => {
  const item = (await dynamodb.send(new GetCommand({ TableName: tableName(), Key: holdCounterKey(counter.scope, counter.hash), ConsistentRead: true }))).Item;
  return { orders: Number(item?.orders ?? 0), units: Number(item?.units ?? 0) };
};

const orderItem = (order: Order) => ({
  ...keys.order(order.id),
  ...pendingOrderKeys(order.id, order.paymentDueBy),
  ...customerOrderKeys(emailHashOf(order.email), order.createdAt),
  ...monthlyOrderKeys(order.id, order.createdAt),
  // A signed-in buyer's order is in their account's history from the start (same item, no extra write).
  ...(order.customerSub ? accountOrderKeys(order.customerSub, order.createdAt, order.id) : {}),
  ...order,
});

/** A stock change on a variant, guarded (stock must cover it) or not (stock given back). */
export const stockChange = (line: { sku: string; productId: string; quantity: number }, delta: number, at: string, guard: boolean): TransactItem => {
  const key = keys.variant(line.productId, line.sku);
  return {
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression: 'SET stock = stock + :delta, updatedAt = :at, gsi1sk = :feed',
      ...(guard ? { ConditionExpression: 'stock >= :needed AND #status = :active' } : {}),
      ...(guard ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
      ExpressionAttributeValues: {
        ':delta': delta,
        ':at': at,
        ':feed': catalogFeedKeys(catalogShardOf(line.productId), at, key).gsi1sk,
        ...(guard ? { ':needed': line.quantity, ':active': 'active' } : {}),
      },
    },
  };
};

const discountUsage = (reservation: Reserved, delta: 1 | -1): TransactItem[] => {
  const discount = reservation.discount;
  if (!discount) return [];
  const items: TransactItem[] = [
    {
      Update: {
        TableName: tableName(),
        Key: keys.discount(discount.code),
        UpdateExpression: 'SET used = used + :delta',
        ...(delta > 0 ? { ConditionExpression: 'active = :true AND (attribute_not_exists(usageLimit) OR used < usageLimit)' } : {}),
        ExpressionAttributeValues: { ':delta': delta, ...(delta > 0 ? { ':true': true } : {}) },
      },
    },
  ];
  if (discount.perEmailLimit !== undefined) {
    items.push({
      Update: {
        TableName: tableName(),
        Key: keys.discountUse(discount.code, discount.emailHash),
        UpdateExpression: 'ADD uses :delta',
        ...(delta > 0 ? { ConditionExpression: 'attribute_not_exists(uses) OR uses < :limit' } : {}),
        ExpressionAttributeValues: { ':delta': delta, ...(delta > 0 ? { ':limit': discount.perEmailLimit } : {}) },
      },
    });
  }
  return items;
};

/** Reserves stock, counts the discount, writes the order and converts the cart — all or nothing. */
export const placeOrder = async (order: Order, reservation: Reservation): Promise<PlaceOrderFailure | undefined> => {
  const stockItems = reservation.stock.map((line) => stockChange(line, -line.quantity, order.createdAt, true));
  const discountItems = discountUsage(reservation, 1);
  const holdCounters = order.holds ? (reservation.holdCounters ?? []) : [];
  const items: TransactItem[] = [
    ...stockItems,
    ...discountItems,
    { Put: { TableName: tableName(), Item: orderItem(order), ConditionExpression: 'attribute_not_exists(pk)' } },
    {
      Update: {
        TableName: tableName(),
        Key: keys.cart(order.cartId),
        UpdateExpression: 'SET #status = :converted, orderId = :orderId, version = version + :one REMOVE gsi2pk, gsi2sk',
        ConditionExpression: 'version = :version AND #status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':converted': 'converted', ':orderId': order.id, ':one': 1, ':version': reservation.cartVersion, ':open': 'open' },
      },
    },
    ...holdCounters.map((counter) => raiseHold(counter, order.holds!.units, order.createdAt)),
  ];
  try {
    // An admin edit of the discount code, or another checkout, may touch an item at the same moment.
    await retryOnConflict(() => dynamodb.send(new TransactWriteCommand({ TransactItems: items })));
    return undefined;
  } catch (error) {
    const failed = failedConditions(error);
    if (!failed?.length) throw error;
    const orderIndex = stockItems.length + discountItems.length;
    const outOfStock = failed.filter((index) => index < stockItems.length).map((index) => reservation.stock[index]!.sku);
    if (outOfStock.length) return { reason: 'out_of_stock', skus: outOfStock };
    if (failed.some((index) => index >= stockItems.length && index < orderIndex)) return { reason: 'discount_exhausted' };
    if (failed.includes(orderIndex)) return { reason: 'order_exists' };
    if (failed.includes(orderIndex + 1)) return { reason: 'cart_changed' };
    const counter = holdCounters[failed.find((index) => index > orderIndex + 1)! - orderIndex - 2]!;
    return { reason: 'too_many_pending', refusal: refusalOf(counter, await heldBy(counter)) };
  }
};

const toOrder = (item: Record<string, unknown>): Order => {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, gsi3pk: _e, gsi3sk: _f, gsi4pk: _g, gsi4sk: _h, ...order } = item;
  return order as unknown as Order;
};

export const getOrder = async (orderId: string, consistent = true): Promise<(Order & { fulfilmentQueuedAt?: string }) | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.order(orderId), ConsistentRead: consistent }));
  return result.Item ? (toOrder(result.Item) as Order & { fulfilmentQueuedAt?: string }) : undefined;
};

const conditional = (command: UpdateCommand): Promise<boolean> => conditionHolds(() => dynamodb.send(command));

/** pending_payment → paid; false when the order was not awaiting payment (duplicate or late event). */
export const markPaid = async (orderId: string, paymentIntentId: string | undefined, at: string): Promise<boolean> => {
  // The holds the order raised end with the same transition, in the same transaction.
  const holds = (await getOrder(orderId))?.holds;
  const items: TransactItem[] = [
    {
      Update: {
        TableName: tableName(),
        Key: keys.order(orderId),
        UpdateExpression: 'SET #status = :paid, paidAt = :at, payment.paymentIntentId = :intent, version = version + :one REMOVE gsi2pk, gsi2sk',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':paid': 'paid', ':at': at, ':intent': paymentIntentId ?? null, ':one': 1, ':pending': 'pending_payment' },
      },
    },
    ...lowerHolds(holds, at),
  ];
  // Several orders of one client may end at once on its counter: a conflict is retried, not lost.
  return conditionHolds(() => retryOnConflict(() => dynamodb.send(new TransactWriteCommand({ TransactItems: items }))));
};

/** Records that the fulfilment message went out; false if it already had. */
export const markFulfilmentQueued = (orderId: string, at: string): Promise<boolean> =>
  conditional(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.order(orderId),
      UpdateExpression: 'SET fulfilmentQueuedAt = :at',
      ConditionExpression: 'attribute_not_exists(fulfilmentQueuedAt)',
      ExpressionAttributeValues: { ':at': at },
    }),
  );

/**
 * pending_payment → cancelled, giving back the stock, the discount usage and the holds in the same
 * transaction; false when the order was no longer awaiting payment (already paid or released).
 */
export const releaseOrder = async (order: Order, at: string): Promise<boolean> => {
  const reservation: Reserved = { stock: reservedStock(order.lines), ...(order.discountUse ? { discount: order.discountUse } : {}) };
  // Item 0 is the order: its status condition decides; the stock, discount and hold items are unconditional.
  const items: TransactItem[] = [
    {
      Update: {
        TableName: tableName(),
        Key: keys.order(order.id),
        UpdateExpression: 'SET #status = :cancelled, cancelledAt = :at, version = version + :one REMOVE gsi2pk, gsi2sk',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':cancelled': 'cancelled', ':at': at, ':one': 1, ':pending': 'pending_payment' },
      },
    },
    ...reservation.stock.map((line) => stockChange(line, line.quantity, at, false)),
    ...discountUsage(reservation, -1),
    ...lowerHolds(order.holds, at),
  ];
  return conditionHolds(() => retryOnConflict(() => dynamodb.send(new TransactWriteCommand({ TransactItems: items }))));
};

/** Records a refund from the payment provider: refunded when the whole amount is back. */
export const markRefunded = (orderId: string, amountRefunded: number, total: number): Promise<boolean> =>
  conditional(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.order(orderId),
      UpdateExpression: 'SET #status = :status, payment.amountRefunded = :amount, version = version + :one',
      ConditionExpression: '#status IN (:paid, :partial, :refunded) AND (attribute_not_exists(payment.amountRefunded) OR payment.amountRefunded <= :amount)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':status': amountRefunded >= total ? 'refunded' : 'partially_refunded',
        ':amount': amountRefunded,
        ':one': 1,
        ':paid': 'paid',
        ':partial': 'partially_refunded',
        ':refunded': 'refunded',
      },
    }),
  );

/** Ids of orders still awaiting payment whose deadline has passed: one Query per shard of the sparse index. */
export const overdueOrderIds = async (now: string): Promise<string[]> => {
  const shards = await Promise.all(
    Array.from({ length: pendingOrderShardCount }, (_, shard) =>
      dynamodb.send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :now',
          ExpressionAttributeValues: { ':pk': pendingOrderPk(shard), ':now': now },
          ProjectionExpression: 'id',
          Limit: 100,
        }),
      ),
    ),
  );
  return shards.flatMap((page) => (page.Items ?? []).map((item) => String(item.id)));
};

/** Records the payment page opened for an order; false when another session is already recorded. */
export const recordPaymentSession = (orderId: string, sessionId: string): Promise<boolean> =>
  conditional(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.order(orderId),
      UpdateExpression: 'SET payment.sessionId = :session',
      ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(payment.sessionId) OR payment.sessionId = :session)',
      ExpressionAttributeValues: { ':session': sessionId },
    }),
  );

/** Records the cart handed back for an unpaid order; false when one already was (the caller reads it). */
export const recordReopenedCart = (orderId: string, cartId: string): Promise<boolean> =>
  conditional(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.order(orderId),
      UpdateExpression: 'SET reopenedCartId = :cart',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(reopenedCartId)',
      ExpressionAttributeValues: { ':cart': cartId },
    }),
  );

/**
 * Replaces the order's guest token: the old one opens nothing from this write on. With
 * `replacing`, only if that is still the token (a guest rotating their own link); false otherwise.
 */
export const rotateAccessToken = (orderId: string, token: string, at: string, replacing?: string): Promise<boolean> =>
  conditional(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.order(orderId),
      UpdateExpression: 'SET accessToken = :token, accessTokenIssuedAt = :at, version = version + :one',
      ConditionExpression: replacing ? 'accessToken = :previous' : 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':token': token, ':at': at, ':one': 1, ...(replacing ? { ':previous': replacing } : {}) },
    }),
  );
