/**
 * Reads behind the dashboard's "awaiting shipment" figure: the sparse index of shipments still to
 * send (gsi2, one partition, oldest first), then the state of their orders in batches of GetItem.
 * Cost: one small Query page per 1 MB of waiting shipments plus one read per waiting order.
 */
import { BatchGetCommand, QueryCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { OrderState, WaitingShipment } from '#shared/domain/dashboard/awaiting.ts';
import { awaitingShipmentPk, keys } from './keys.ts';

/** Far more than a small shop ever has waiting; past it the count would be a lower bound. */
const maxWaiting = 2_000;
const batchSize = 100;

/** Shipments still awaiting shipment, oldest first. */
export const waitingShipments = async (): Promise<WaitingShipment[]> => {
  const shipments: WaitingShipment[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamodb.send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': awaitingShipmentPk },
        ProjectionExpression: 'orderId, id, createdAt',
        ExclusiveStartKey,
      }),
    );
    for (const item of page.Items ?? []) shipments.push({ orderId: String(item.orderId), shipmentId: String(item.id), createdAt: String(item.createdAt) });
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey && shipments.length < maxWaiting);
  return shipments;
};

/** The number and status of each order, by id; orders that do not exist are absent. */
export const orderStates = async (orderIds: string[]): Promise<Map<string, OrderState>> => {
  const states = new Map<string, OrderState>();
  const ids = [...new Set(orderIds)];
  for (let start = 0; start < ids.length; start += batchSize) {
    let requested: Record<string, unknown>[] | undefined = ids.slice(start, start + batchSize).map((id) => ({ ...keys.order(id) }));
    // Unprocessed keys (throttling) are asked again until every order has answered.
    for (let attempt = 0; requested?.length; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 50 * 2 ** attempt)));
      const result: BatchGetCommandOutput = await dynamodb.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName()]: { Keys: requested, ProjectionExpression: 'id, #number, #status', ExpressionAttributeNames: { '#number': 'number', '#status': 'status' } },
          },
        }),
      );
      for (const item of result.Responses?.[tableName()] ?? []) states.set(String(item.id), { id: String(item.id), number: String(item.number), status: item.status as OrderState['status'] });
      requested = result.UnprocessedKeys?.[tableName()]?.Keys;
    }
  }
  return states;
};
