/** Carts: one item each, written only if its version is the one read (optimistic locking). */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { cartExpiry, type Cart } from '#shared/domain/carts/model.ts';
import { conditionHolds } from './conditions.ts';
import { keys } from './keys.ts';

const cartItem = (cart: Cart) => ({ ...keys.cart(cart.id), ...cart, expiresAt: cartExpiry(new Date(cart.updatedAt)) });

const toCart = (item: Record<string, unknown>): Cart => {
  const { pk: _pk, sk: _sk, expiresAt: _expiresAt, ...cart } = item;
  return cart as unknown as Cart;
};

export const getCart = async (cartId: string, consistent = true): Promise<Cart | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.cart(cartId), ConsistentRead: consistent }));
  return result.Item ? toCart(result.Item) : undefined;
};

export const createCart = (cart: Cart) =>
  dynamodb.send(new PutCommand({ TableName: tableName(), Item: cartItem(cart), ConditionExpression: 'attribute_not_exists(pk)' }));

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
