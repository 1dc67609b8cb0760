/**
 * Gathers everything the shop holds about one account, from keys and indexes only (no Scan):
 * the account partition; the orders of the account index (gsi4) and the unclaimed guest orders
 * of its verified email (gsi1); each order's partition, documents, download grants, discount
 * counter and cart; the reviews listed under the account or the email (gsi1, kept only when
 * they are the account's own or about one of its orders) with their claims; the carts holding
 * the verified email (gsi1 `CARTS#`); the email preferences. Items are read consistently from
 * the table once an index has named them, since the erasure plan is computed from them.
 */
import { BatchGetCommand, GetCommand, QueryCommand, type BatchGetCommandOutput, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { CustomerData, IdentityClaims, Item, OrderLink, OrderRecord } from '#shared/domain/privacy/customer-data.ts';
import { emailIdentity, subIdentity } from '#shared/domain/reviews/rules.ts';
import { emailHashOf } from './email-hash.ts';
import { accountOrderPk, cartEmailPk, customerOrderKeys, customerPk, documentKeys, emailPrefsKey, keys, reviewKeys, reviewerPk, type Key } from './keys.ts';

const parallelOrders = 8;

const queryAll = async (input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Item[]> => {
  const items: Item[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamodb.send(new QueryCommand({ ...input, TableName: tableName(), ExclusiveStartKey }));
    items.push(...((page.Items ?? []) as Item[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
};

const partition = (pk: string) => queryAll({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ConsistentRead: true });

const indexed = (index: string, pk: string, filter?: string) =>
  queryAll({
    IndexName: index,
    KeyConditionExpression: `${index}pk = :pk`,
    ExpressionAttributeValues: { ':pk': pk },
    ProjectionExpression: 'pk, sk',
    ...(filter ? { FilterExpression: filter } : {}),
  });

/** The items at these keys that exist (each key once), read consistently. */
const batchGet = async (keyList: Key[]): Promise<Item[]> => {
  const distinct = [...new Map(keyList.map((key) => [`${key.pk}|${key.sk}`, { pk: key.pk, sk: key.sk }])).values()];
  const found: Item[] = [];
  for (let start = 0; start < distinct.length; start += 100) {
    let pending: Record<string, unknown>[] | undefined = distinct.slice(start, start + 100);
    for (let attempt = 0; pending?.length; attempt++) {
      if (attempt >= 6) throw new Error('DynamoDB kept keys unprocessed while gathering an account');
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
      const result: BatchGetCommandOutput = await dynamodb.send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } } }));
      found.push(...((result.Responses?.[tableName()] ?? []) as Item[]));
      pending = result.UnprocessedKeys?.[tableName()]?.Keys;
    }
  }
  return found;
};

const orderRecord = async (orderId: string, link: OrderLink): Promise<OrderRecord | undefined> => {
  const [items, documents] = await Promise.all([partition(keys.order(orderId).pk), partition(documentKeys.orderDocuments(orderId))]);
  const order = items.find((item) => item.sk === 'ORDER');
  if (!order) return undefined;
  const history = items.filter((item) => item !== order);
  const downloadGrants = await batchGet(history.filter((item) => item.type === 'download' && typeof item.token === 'string').map((item) => keys.downloadGrant(String(item.token))));
  return { order, history, documents, downloadGrants, link };
};

/** Whether the order read from the table is still what its index said (an index may lag a claim). */
const stillLinked = (record: OrderRecord, sub: string, emailPk: string | undefined): boolean =>
  record.link === 'account' ? record.order.customerSub === sub : record.order.customerSub === undefined && record.order.gsi1pk === emailPk;

const ordersOf = async (sub: string, verifiedEmail: string | undefined): Promise<OrderRecord[]> => {
  const emailPk = verifiedEmail ? customerOrderKeys(emailHashOf(verifiedEmail), '').gsi1pk : undefined;
  const [owned, guest] = await Promise.all([
    indexed('gsi4', accountOrderPk(sub)),
    emailPk ? indexed('gsi1', emailPk, 'attribute_not_exists(customerSub)') : Promise.resolve([]),
  ]);
  const wanted = new Map<string, OrderLink>();
  for (const item of owned) wanted.set(item.pk.replace(/^ORDER#/, ''), 'account');
  for (const item of guest) if (item.sk === 'ORDER' && !wanted.has(item.pk.replace(/^ORDER#/, ''))) wanted.set(item.pk.replace(/^ORDER#/, ''), 'verified_email');
  const entries = [...wanted];
  const records: OrderRecord[] = [];
  for (let start = 0; start < entries.length; start += parallelOrders) {
    const batch = await Promise.all(entries.slice(start, start + parallelOrders).map(([orderId, link]) => orderRecord(orderId, link)));
    records.push(...batch.filter((record): record is OrderRecord => Boolean(record) && stillLinked(record!, sub, emailPk)));
  }
  return records;
};

const reviewsOf = async (sub: string, verifiedEmail: string | undefined, orders: OrderRecord[]): Promise<{ reviews: Item[]; reviewClaims: Item[] }> => {
  const hashes = [...new Set([...(verifiedEmail ? [emailHashOf(verifiedEmail)] : []), ...orders.flatMap(({ order }) => (typeof order.email === 'string' ? [emailHashOf(order.email)] : []))])];
  const identities = [subIdentity(sub), ...hashes.map(emailIdentity)];
  const listed = (await Promise.all(identities.map((identity) => indexed('gsi1', reviewerPk(identity))))).flat();
  const orderIds = new Set(orders.map(({ order }) => String(order.id)));
  // An order email may be someone else's address: only the account's own reviews, or reviews of its orders.
  const reviews = (await batchGet(listed)).filter((review) => review.customerSub === sub || orderIds.has(String(review.orderId)));
  const claimKeys = reviews.flatMap((review) => {
    const own = [...identities, ...(typeof review.emailHash === 'string' ? [emailIdentity(review.emailHash)] : []), ...(typeof review.customerSub === 'string' ? [subIdentity(review.customerSub)] : [])];
    return own.map((identity) => reviewKeys.claim(String(review.productId), identity));
  });
  return { reviews, reviewClaims: await batchGet(claimKeys) };
};

const cartsOf = async (verifiedEmail: string | undefined, orders: OrderRecord[]): Promise<Item[]> => {
  const byEmail = verifiedEmail ? await indexed('gsi1', cartEmailPk(emailHashOf(verifiedEmail))) : [];
  const ofOrders = orders.flatMap(({ order }) => (typeof order.cartId === 'string' ? [keys.cart(order.cartId)] : []));
  return batchGet([...byEmail, ...ofOrders]);
};

const discountUsesOf = (orders: OrderRecord[]): Promise<Item[]> =>
  batchGet(
    orders.flatMap(({ order }) => {
      const use = order.discountUse as { code?: string; emailHash?: string; perEmailLimit?: number } | undefined;
      return use?.code && use.emailHash && use.perEmailLimit !== undefined ? [keys.discountUse(use.code, use.emailHash)] : [];
    }),
  );

/** Everything held about the account `identity` names; its email counts only once the pool has verified it. */
export const gatherCustomerData = async (identity: IdentityClaims): Promise<CustomerData> => {
  const verifiedEmail = identity.emailVerified && identity.email ? identity.email : undefined;
  const [accountItems, orders, emailPrefs] = await Promise.all([
    partition(customerPk(identity.sub)),
    ordersOf(identity.sub, verifiedEmail),
    verifiedEmail ? dynamodb.send(new GetCommand({ TableName: tableName(), Key: emailPrefsKey(emailHashOf(verifiedEmail)), ConsistentRead: true })).then((result) => result.Item as Item | undefined) : Promise.resolve(undefined),
  ]);
  const [{ reviews, reviewClaims }, carts, discountUses] = await Promise.all([reviewsOf(identity.sub, verifiedEmail, orders), cartsOf(verifiedEmail, orders), discountUsesOf(orders)]);
  return { identity, accountItems, orders, reviews, reviewClaims, carts, discountUses, ...(emailPrefs ? { emailPrefs } : {}) };
};
