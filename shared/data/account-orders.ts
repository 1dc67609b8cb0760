/**
 * The orders an account owns: the claim that attaches guest orders placed with the account's
 * verified email, and the history read from the sparse account index (gsi4), newest first.
 */
import { BatchGetCommand, QueryCommand, UpdateCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { HistoryOrder, HistoryPosition } from '#shared/domain/customers/order-history.ts';
import { conditionHolds } from './conditions.ts';
import { emailHashOf } from './email-hash.ts';
import { accountOrderKeys, accountOrderPk, customerOrderKeys, keys } from './keys.ts';
import { ordersByEmail } from './orders-by-email.ts';

/** Orders one claim looks at, at most: far beyond any shopper's guest orders, and a bound on the work. */
const claimScanLimit = 1000;
const parallelClaims = 10;

/** Guest orders (no owner yet) placed with an email, by the email's hash on gsi1. */
const unownedOrdersOf = async (email: string): Promise<Array<{ id: string; createdAt: string }>> => {
  const found: Array<{ id: string; createdAt: string }> = [];
  for await (const orders of ordersByEmail(email, { projection: 'id, createdAt', filter: 'attribute_not_exists(customerSub)' })) {
    for (const order of orders) found.push({ id: String(order.id), createdAt: String(order.createdAt) });
    if (found.length >= claimScanLimit) break;
  }
  return found;
};

/**
 * Attaches to the account every guest order placed with `email` (which the caller has checked is
 * the account's verified address). Each order is updated only if it still has no owner and its
 * email hash is that address's, so an order is never taken from another account, and claiming
 * again attaches nothing more. Answers how many orders this call attached.
 */
export const claimGuestOrders = async (sub: string, email: string, now: string): Promise<number> => {
  const { gsi1pk } = customerOrderKeys(emailHashOf(email), '');
  const candidates = await unownedOrdersOf(email);
  let claimed = 0;
  for (let start = 0; start < candidates.length; start += parallelClaims) {
    const results = await Promise.all(
      candidates.slice(start, start + parallelClaims).map((order) => {
        const index = accountOrderKeys(sub, order.createdAt, order.id);
        return conditionHolds(() =>
          dynamodb.send(
            new UpdateCommand({
              TableName: tableName(),
              Key: keys.order(order.id),
              UpdateExpression: 'SET customerSub = :sub, claimedAt = :now, gsi4pk = :accountPk, gsi4sk = :accountSk',
              ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(customerSub) AND gsi1pk = :emailPk',
              ExpressionAttributeValues: { ':sub': sub, ':now': now, ':accountPk': index.gsi4pk, ':accountSk': index.gsi4sk, ':emailPk': gsi1pk },
            }),
          ),
        );
      }),
    );
    claimed += results.filter(Boolean).length;
  }
  return claimed;
};

/** One page of an account's orders, newest first, starting after `after`; `more` tells whether another page follows. */
export const accountOrders = async (sub: string, limit: number, after?: HistoryPosition): Promise<{ orders: HistoryOrder[]; more: boolean }> => {
  const page = await dynamodb.send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'gsi4',
      KeyConditionExpression: 'gsi4pk = :pk',
      ExpressionAttributeValues: { ':pk': accountOrderPk(sub) },
      ExpressionAttributeNames: { '#number': 'number', '#status': 'status', '#locale': 'locale', '#lines': 'lines', '#total': 'total' },
      ProjectionExpression: 'id, #number, #status, createdAt, #locale, #lines, totals.#total',
      ScanIndexForward: false,
      // One more than asked: whether a next page exists is known without an empty last page.
      Limit: limit + 1,
      // The start key is rebuilt from the cursor's position under this account's own partition.
      ...(after ? { ExclusiveStartKey: { ...accountOrderKeys(sub, after.createdAt, after.orderId), ...keys.order(after.orderId) } } : {}),
    }),
  );
  const orders = (page.Items ?? []) as HistoryOrder[];
  return { orders: orders.slice(0, limit), more: orders.length > limit };
};

/** The status of each order's parcel (the shipment fulfilment creates, id `1`), by order id; one BatchGetItem. */
export const parcelStatuses = async (orderIds: string[]): Promise<Map<string, string>> => {
  const statuses = new Map<string, string>();
  let requested: Array<Record<string, unknown>> | undefined = orderIds.map((orderId) => ({ ...keys.shipment(orderId, '1') }));
  for (let round = 0; requested?.length && round < 4; round++) {
    const result: BatchGetCommandOutput = await dynamodb.send(
      new BatchGetCommand({
        RequestItems: { [tableName()]: { Keys: requested, ProjectionExpression: 'orderId, #status', ExpressionAttributeNames: { '#status': 'status' } } },
      }),
    );
    for (const item of result.Responses?.[tableName()] ?? []) statuses.set(String(item.orderId), String(item.status));
    requested = result.UnprocessedKeys?.[tableName()]?.Keys;
  }
  return statuses;
};
