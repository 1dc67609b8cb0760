/**
 * Reads behind the dashboard's sales figures: paid orders placed in a time range, from the
 * monthly order index (gsi3), one Query per calendar month the range touches (two at most for a
 * week). Cost: the read capacity of every order placed in the range (~1 RCU per 8 KB, eventually
 * consistent); the filter leaves unpaid orders out of the answer, not of the bill.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { OrderForFigures } from '#shared/domain/dashboard/sales.ts';
import { monthlyOrderPk } from './keys.ts';

/** Months (YYYY-MM, UTC as in the index) from the one of `from` to the one of `to`. */
const monthsOf = (from: string, to: string): string[] => {
  const months: string[] = [];
  const cursor = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  while (cursor.toISOString().slice(0, 7) <= to.slice(0, 7)) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
};

const paidInMonth = async (month: string, from: string, to: string): Promise<OrderForFigures[]> => {
  const orders: OrderForFigures[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamodb.send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to',
        FilterExpression: 'attribute_exists(paidAt)',
        ProjectionExpression: 'createdAt, paidAt, totals.#total',
        ExpressionAttributeNames: { '#total': 'total' },
        // Sort keys are `<createdAt>#<orderId>`: `~` sorts after every id character.
        ExpressionAttributeValues: { ':pk': monthlyOrderPk(month), ':from': from, ':to': `${to}~` },
        ExclusiveStartKey,
      }),
    );
    for (const item of page.Items ?? []) orders.push({ createdAt: String(item.createdAt), paidAt: String(item.paidAt), total: Number(item.totals?.total ?? 0) });
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return orders;
};

/** Orders placed between `from` and `to` (ISO times, inclusive) that were paid. */
export const paidOrdersPlacedBetween = async (from: string, to: string): Promise<OrderForFigures[]> =>
  (await Promise.all(monthsOf(from, to).map((month) => paidInMonth(month, from, to)))).flat();
