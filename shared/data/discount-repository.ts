/** Discount codes and their per-email usage counters. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { Discount } from '#shared/domain/checkout/discounts.ts';
import { conditionHolds } from './conditions.ts';
import { keys } from './keys.ts';

export const getDiscount = async (code: string): Promise<Discount | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.discount(code) }));
  if (!result.Item) return undefined;
  const { pk: _pk, sk: _sk, ...discount } = result.Item;
  return discount as Discount;
};

export const getDiscountUses = async (code: string, emailHash: string): Promise<number> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.discountUse(code, emailHash) }));
  return (result.Item?.uses as number | undefined) ?? 0;
};

/** Creates a discount code; false when the code already exists. */
export const createDiscount = (discount: Discount): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(new PutCommand({ TableName: tableName(), Item: { ...keys.discount(discount.code), ...discount }, ConditionExpression: 'attribute_not_exists(pk)' })),
  );
