/**
 * Changes to a paid order after checkout: refund reservations (never beyond what was paid) and
 * cancellation before shipping (order, waiting shipment and stock in one transaction).
 */
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { reservedStock, type Order } from '#shared/domain/orders/model.ts';
import { conditionHolds } from './conditions.ts';
import { keys } from './keys.ts';
import { stockChange } from './order-repository.ts';

/**
 * Reserves `amount` cents of refund on a paid order (a cancelled one included) if, with what was
 * already reserved, it stays within the total paid; answers what was reserved before and this
 * attempt's sequence number (undefined when it does not fit).
 */
export const reserveRefund = async (orderId: string, amount: number, total: number): Promise<{ before: number; sequence: number } | undefined> => {
  try {
    const result = await dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.order(orderId),
        // refundSequence only grows: each attempt gets its own idempotency key, even after a released one.
        UpdateExpression: 'SET refundReserved = if_not_exists(refundReserved, :zero) + :amount, refundSequence = if_not_exists(refundSequence, :zero) + :one',
        // A first refund has no reservation yet: it must fit in the total on its own.
        ConditionExpression:
          'attribute_exists(paidAt) AND #status IN (:paid, :partial, :cancelled) AND ((attribute_not_exists(refundReserved) AND :fits = :true) OR refundReserved <= :max)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':zero': 0,
          ':one': 1,
          ':amount': amount,
          ':max': total - amount,
          ':fits': amount <= total,
          ':true': true,
          ':paid': 'paid',
          ':partial': 'partially_refunded',
          ':cancelled': 'cancelled',
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { before: (result.Attributes!.refundReserved as number) - amount, sequence: result.Attributes!.refundSequence as number };
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return undefined;
    throw error;
  }
};

/** Gives back a refund reservation whose payment-side refund failed. */
export const releaseRefund = (orderId: string, amount: number) =>
  dynamodb.send(
    new UpdateCommand({ TableName: tableName(), Key: keys.order(orderId), UpdateExpression: 'SET refundReserved = refundReserved - :amount', ExpressionAttributeValues: { ':amount': amount } }),
  );

/**
 * Cancels a paid order that has not left: order → cancelled, its waiting shipment → cancelled and
 * its goods back in stock, in one transaction; false when it was no longer paid or had shipped.
 */
export const cancelPaidOrder = (order: Order, shipmentIds: string[], at: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: keys.order(order.id),
              UpdateExpression: 'SET #status = :cancelled, cancelledAt = :at, version = version + :one',
              ConditionExpression: '#status IN (:paid, :partial)',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':cancelled': 'cancelled', ':at': at, ':one': 1, ':paid': 'paid', ':partial': 'partially_refunded' },
            },
          },
          // The first shipment is written cancelled even if fulfilment has not created it yet, so
          // a fulfilment running concurrently finds it there and never opens one for this order.
          ...[...new Set(['1', ...shipmentIds])].filter(() => reservedStock(order.lines).length > 0).map((shipmentId) => ({
            Update: {
              TableName: tableName(),
              Key: keys.shipment(order.id, shipmentId),
              UpdateExpression:
                'SET #status = :cancelled, updatedAt = :at, #type = :shipment, id = :id, orderId = :orderId, createdAt = if_not_exists(createdAt, :at), #lines = if_not_exists(#lines, :lines) REMOVE gsi2pk, gsi2sk',
              ConditionExpression: 'attribute_not_exists(pk) OR #status = :awaiting',
              ExpressionAttributeNames: { '#status': 'status', '#type': 'type', '#lines': 'lines' },
              ExpressionAttributeValues: {
                ':cancelled': 'cancelled',
                ':at': at,
                ':awaiting': 'awaiting_shipment',
                ':shipment': 'shipment',
                ':id': shipmentId,
                ':orderId': order.id,
                ':lines': reservedStock(order.lines).map((line) => ({ sku: line.sku, quantity: line.quantity })),
              },
            },
          })),
          ...reservedStock(order.lines).map((line) => stockChange(line, line.quantity, at, false)),
        ],
      }),
    ),
  );
