/**
 * Carts: one item each, written only if its version is the one read (optimistic locking). A cart
 * followed for reminders also sits in the sparse reminder index (gsi2), at the partition of its
 * next step, sorted by its last change; every write places it afresh. A cart holding an email is
 * also listed by the email's hash (gsi1), so an account's erasure finds it without a Scan.
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { cartExpiry, type Cart } from '#shared/domain/carts/model.ts';
import { isFollowed } from '#shared/domain/reminders/sequence.ts';
import { conditionHolds } from './conditions.ts';
import { emailHashOf } from './email-hash.ts';
import { cartEmailKeys, keys, reminderKeys } from './keys.ts';

const reminderIndex = (cart: Cart): { gsi2pk: string; gsi2sk: string } | undefined =>
  isFollowed(cart) ? reminderKeys(cart.id, cart.remindersSent ?? 0, cart.updatedAt) : undefined;

// A cart holding an email is also listed under that email's hash, for the account erasure.
const cartItem = (cart: Cart) => ({
  ...keys.cart(cart.id),
  ...cart,
  ...reminderIndex(cart),
  ...(cart.email ? cartEmailKeys(emailHashOf(cart.email), cart.id) : {}),
  expiresAt: cartExpiry(new Date(cart.updatedAt)),
});

// Index keys and job bookkeeping are derived or transient: never carried back into a write.
const toCart = (item: Record<string, unknown>): Cart => {
  const { pk: _pk, sk: _sk, expiresAt: _expiresAt, gsi1pk: _gsi1pk, gsi1sk: _gsi1sk, gsi2pk: _gsi2pk, gsi2sk: _gsi2sk, reminderQueuedAt: _queued, ...cart } = item;
  return cart as unknown as Cart;
};

export const getCart = async (cartId: string, consistent = true): Promise<Cart | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.cart(cartId), ConsistentRead: consistent }));
  return result.Item ? toCart(result.Item) : undefined;
};

/** Creates a cart; false when one with this id exists already. */
export const createCart = (cart: Cart): Promise<boolean> =>
  conditionHolds(() => dynamodb.send(new PutCommand({ TableName: tableName(), Item: cartItem(cart), ConditionExpression: 'attribute_not_exists(pk)' })));

/** Writes `next` if the stored cart is still at `previousVersion` and open; false when someone got there first. */
export const saveCart = (next: Cart, previousVersion: number): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new PutCommand({
        TableName: tableName(),
        Item: cartItem(next),
        ConditionExpression: 'version = :previous AND #status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':previous': previousVersion, ':open': 'open' },
      }),
    ),
  );

export interface ReminderIndexEntry {
  cartId: string;
  gsi2pk: string;
  gsi2sk: string;
}

/**
 * Takes a due cart out of the reminder index, if it is still exactly where the job saw it: of two
 * overlapping job runs only one wins, and a cart changed meanwhile is left to its new position.
 */
export const markReminderQueued = (entry: ReminderIndexEntry, at: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.cart(entry.cartId),
        UpdateExpression: 'SET reminderQueuedAt = :at REMOVE gsi2pk, gsi2sk',
        ConditionExpression: 'gsi2pk = :pk AND gsi2sk = :sk',
        ExpressionAttributeValues: { ':at': at, ':pk': entry.gsi2pk, ':sk': entry.gsi2sk },
      }),
    ),
  );

/** Puts a cart back in the index when its message could not be queued, unless it changed since. */
export const unmarkReminderQueued = (entry: ReminderIndexEntry, at: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.cart(entry.cartId),
        UpdateExpression: 'SET gsi2pk = :pk, gsi2sk = :sk REMOVE reminderQueuedAt',
        ConditionExpression: 'reminderQueuedAt = :at AND attribute_not_exists(gsi2pk)',
        ExpressionAttributeValues: { ':at': at, ':pk': entry.gsi2pk, ':sk': entry.gsi2sk },
      }),
    ),
  );

/**
 * Records reminder step `step` as sent on the cart read at `version`, before the email goes out:
 * a step is never sent twice. The version moves on, so a shopper's concurrent edit re-reads the
 * cart instead of writing the old count back; the cart joins the index of its next step.
 */
export const recordReminderSent = (cart: Cart, step: number, at: string): Promise<boolean> => {
  const next: Cart = { ...cart, remindersSent: step + 1, version: cart.version + 1 };
  const index = reminderIndex(next);
  const placement = index ? ', gsi2pk = :pk, gsi2sk = :sk REMOVE reminderQueuedAt' : ' REMOVE reminderQueuedAt, gsi2pk, gsi2sk';
  return conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.cart(cart.id),
        UpdateExpression: `SET remindersSent = :next, lastReminderAt = :at, version = :newVersion${placement}`,
        ConditionExpression: 'version = :version AND #status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':next': step + 1,
          ':at': at,
          ':version': cart.version,
          ':newVersion': next.version,
          ':open': 'open',
          ...(index ? { ':pk': index.gsi2pk, ':sk': index.gsi2sk } : {}),
        },
      }),
    ),
  );
};

/** Undoes `recordReminderSent` when the email could not be sent, so the retry can send it. */
export const revertReminderSent = (cart: Cart, step: number, at: string): Promise<boolean> => {
  const index = reminderKeys(cart.id, step, cart.updatedAt);
  return conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.cart(cart.id),
        UpdateExpression: 'SET remindersSent = :step, version = version + :one, gsi2pk = :pk, gsi2sk = :sk REMOVE lastReminderAt',
        ConditionExpression: 'remindersSent = :next AND lastReminderAt = :at',
        ExpressionAttributeValues: { ':step': step, ':next': step + 1, ':at': at, ':one': 1, ':pk': index.gsi2pk, ':sk': index.gsi2sk },
      }),
    ),
  );
};
