/**
 * The merchant's order list, newest first, always from an index: by buyer email (gsi1) or month
 * by month (gsi3) within the date range; the status filter applies on top of the index read.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { Order, OrderStatus } from '#shared/domain/orders/model.ts';
import { emailHashOf } from './email-hash.ts';
import { monthlyOrderPk } from './keys.ts';

export interface OrderListQuery {
  status?: OrderStatus;
  email?: string;
  /** ISO times, inclusive; default: the last twelve months. */
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

interface Cursor {
  month?: string;
  key?: Record<string, unknown>;
}

const encode = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');
export const decodeOrderCursor = (value: string): Cursor | undefined => {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Cursor;
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
};

/** Months from `to` back to `from`, as YYYY-MM. */
const monthsBetween = (from: string, to: string): string[] => {
  const months: string[] = [];
  const cursor = new Date(`${to.slice(0, 7)}-01T00:00:00Z`);
  while (months.length < 36 && cursor.toISOString().slice(0, 7) >= from.slice(0, 7)) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() - 1);
  }
  return months;
};

const page = (index: 'gsi1' | 'gsi3', pk: string, query: OrderListQuery, from: string, to: string, startKey: Record<string, unknown> | undefined, limit: number) => {
  const sortKey = index === 'gsi1' ? 'gsi1sk' : 'gsi3sk';
  return dynamodb.send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk AND ${sortKey} BETWEEN :from AND :to`,
      ...(query.status ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } } : {}),
      ExpressionAttributeValues: { ':pk': pk, ':from': from, ':to': `${to}~`, ...(query.status ? { ':status': query.status } : {}) },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: startKey,
    }),
  );
};

export const listOrders = async (query: OrderListQuery): Promise<{ orders: Order[]; nextCursor: string | null }> => {
  const to = query.to ?? new Date().toISOString();
  const from = query.from ?? new Date(Date.parse(to) - 365 * 86_400_000).toISOString();
  const cursor = query.cursor ? decodeOrderCursor(query.cursor) : undefined;
  const orders: Order[] = [];
  const partitions = query.email ? [{ index: 'gsi1' as const, pk: `CUSTOMER#${emailHashOf(query.email)}`, month: undefined }] : monthsBetween(from, to).map((month) => ({ index: 'gsi3' as const, pk: monthlyOrderPk(month), month }));
  let started = !cursor?.month;
  for (const partition of partitions) {
    if (!started && partition.month !== cursor?.month) continue;
    let startKey = !started || query.email ? cursor?.key : undefined;
    started = true;
    do {
      const result = await page(partition.index, partition.pk, query, from, to, startKey, query.limit - orders.length);
      orders.push(...((result.Items ?? []) as Order[]));
      startKey = result.LastEvaluatedKey;
      if (orders.length >= query.limit) {
        return { orders, nextCursor: startKey ? encode({ ...(partition.month ? { month: partition.month } : {}), key: startKey }) : nextPartitionCursor(partitions, partition.month) };
      }
    } while (startKey);
  }
  return { orders, nextCursor: null };
};

/** When a page ends exactly at the end of a month, the next page starts at the month before. */
const nextPartitionCursor = (partitions: Array<{ month: string | undefined }>, month: string | undefined): string | null => {
  const index = partitions.findIndex((partition) => partition.month === month);
  const next = partitions[index + 1];
  return next?.month ? encode({ month: next.month }) : null;
};
