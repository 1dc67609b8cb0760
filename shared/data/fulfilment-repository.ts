/**
 * An order's after-payment history, in the order's own partition so that one Query reads it all:
 * events (the timeline), shipments, download references and markers of emails sent. Every write
 * is conditional, so a redelivered fulfilment message changes nothing.
 */
import { randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { conditionHolds } from './conditions.ts';
import { awaitingShipmentKeys, keys } from './keys.ts';

export interface OrderEvent {
  at: string;
  kind: string;
  details?: Record<string, unknown>;
}

export interface Shipment {
  id: string;
  orderId: string;
  status: 'awaiting_shipment' | 'label_created' | 'in_transit' | 'out_for_delivery' | 'delivered' | 'exception' | 'cancelled';
  lines: Array<{ sku: string; quantity: number }>;
  carrier?: string;
  trackingNumber?: string;
  createdAt: string;
  updatedAt: string;
}

export interface DownloadGrant {
  token: string;
  orderId: string;
  sku: string;
  fileKey: string;
  fileName: string;
  count: number;
  limit: number;
  expiresAt: string;
  /** Set when a renewal replaced this link: it opens nothing from then on. */
  revokedAt?: string;
}

const putIfAbsent = (item: Record<string, unknown>): Promise<boolean> =>
  conditionHolds(() => dynamodb.send(new PutCommand({ TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' })));

/** Adds an event to the order's timeline; the same kind at the same time is recorded once. */
export const recordOrderEvent = (orderId: string, event: OrderEvent): Promise<boolean> =>
  putIfAbsent({ ...keys.orderEvent(orderId, event.at, event.kind), type: 'event', ...event });

/** Creates the shipment if it does not exist yet; one still to send is listed in the awaiting-shipment index. */
export const createShipment = (shipment: Shipment): Promise<boolean> =>
  putIfAbsent({
    ...keys.shipment(shipment.orderId, shipment.id),
    ...(shipment.status === 'awaiting_shipment' ? awaitingShipmentKeys(shipment.orderId, shipment.id, shipment.createdAt) : {}),
    type: 'shipment',
    ...shipment,
  });

/**
 * The download token of an order's digital SKU: created once (a random, unguessable token and
 * its grant), then the same one on every later call.
 */
export const ensureDownload = async (grant: Omit<DownloadGrant, 'token' | 'count'>): Promise<string> => {
  const reference = keys.orderDownload(grant.orderId, grant.sku);
  const token = randomBytes(24).toString('base64url');
  if (await putIfAbsent({ ...reference, type: 'download', sku: grant.sku, token })) {
    await putIfAbsent({ ...keys.downloadGrant(token), ...grant, token, count: 0 });
    return token;
  }
  const existing = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: reference, ConsistentRead: true }));
  const existingToken = existing.Item!.token as string;
  // The grant may be missing if a previous attempt stopped between the two writes.
  await putIfAbsent({ ...keys.downloadGrant(existingToken), ...grant, token: existingToken, count: 0 });
  return existingToken;
};

export const getDownloadGrant = async (token: string, consistent = false): Promise<DownloadGrant | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.downloadGrant(token), ConsistentRead: consistent }));
  return result.Item as DownloadGrant | undefined;
};

/** Counts one download if the link is still valid; false when it is used up, expired or replaced. */
export const countDownload = (token: string, now: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.downloadGrant(token),
        UpdateExpression: 'SET #count = #count + :one',
        ConditionExpression: '#count < #limit AND expiresAt > :now AND attribute_not_exists(revokedAt)',
        ExpressionAttributeNames: { '#count': 'count', '#limit': 'limit' },
        ExpressionAttributeValues: { ':one': 1, ':now': now },
      }),
    ),
  );

/**
 * Claims the right to send one email of an order. A claim left "sending" for longer than
 * `staleAfterMs` (a crash between claim and send) may be taken again; a "sent" one never.
 */
export const claimEmail = (orderId: string, kind: string, now: Date, staleAfterMs = 5 * 60_000): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.orderEmail(orderId, kind), type: 'email', kind, state: 'sending', claimedAt: now.toISOString() },
        ConditionExpression: 'attribute_not_exists(pk) OR (#state = :sending AND claimedAt < :stale)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sending': 'sending', ':stale': new Date(now.getTime() - staleAfterMs).toISOString() },
      }),
    ),
  );

export const markEmailSent = (orderId: string, kind: string, messageId: string | undefined, at: string) =>
  dynamodb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.orderEmail(orderId, kind),
      UpdateExpression: 'SET #state = :sent, sentAt = :at, messageId = :id',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':sent': 'sent', ':at': at, ':id': messageId ?? null },
    }),
  );

/** Gives a claim back after a failed send, so the retry can send. */
export const releaseEmailClaim = (orderId: string, kind: string) =>
  dynamodb.send(new DeleteCommand({ TableName: tableName(), Key: keys.orderEmail(orderId, kind), ConditionExpression: '#state = :sending', ExpressionAttributeNames: { '#state': 'state' }, ExpressionAttributeValues: { ':sending': 'sending' } })).catch(() => undefined);

export interface OrderHistory {
  events: OrderEvent[];
  shipments: Shipment[];
  returns: Array<{ id: string; status: string; lines: Array<{ sku: string; quantity: number }>; reason: string; note?: string; createdAt: string; updatedAt: string }>;
  downloads: Array<{ sku: string; token: string }>;
  emails: Array<{ kind: string; state: string }>;
}

/** Everything that happened to an order after checkout, in one Query of its partition. */
/** Everything in the order's partition; `consistent` when a decision depends on the latest writes. */
export const getOrderHistory = async (orderId: string, consistent = false): Promise<OrderHistory> => {
  const history: OrderHistory = { events: [], shipments: [], returns: [], downloads: [], emails: [] };
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamodb.send(
      new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.order(orderId).pk }, ConsistentRead: consistent, ExclusiveStartKey }),
    );
    for (const item of page.Items ?? []) {
      if (item.type === 'event') history.events.push({ at: item.at, kind: item.kind, ...(item.details ? { details: item.details } : {}) });
      else if (item.type === 'shipment') history.shipments.push(item as unknown as Shipment);
      else if (item.type === 'download') history.downloads.push({ sku: item.sku, token: item.token });
      else if (item.type === 'email') history.emails.push({ kind: item.kind, state: item.state });
      else if (item.type === 'return') history.returns.push({ id: item.id, status: item.status, lines: item.lines, reason: item.reason, ...(item.note ? { note: item.note } : {}), createdAt: item.createdAt, updatedAt: item.updatedAt });
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return history;
};

export const getShipment = async (orderId: string, shipmentId: string): Promise<Shipment | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.shipment(orderId, shipmentId), ConsistentRead: true }));
  return result.Item as Shipment | undefined;
};

/** Moves a shipment to `status` only if it is still in `from` (so racing or stale updates change nothing). */
export const moveShipment = (shipment: Shipment, status: Shipment['status'], at: string, tracking?: { carrier: string; trackingNumber: string }): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.shipment(shipment.orderId, shipment.id),
        // Any move takes the shipment out of the awaiting-shipment index (its only use of gsi2).
        UpdateExpression: `SET #status = :to, updatedAt = :at${tracking ? ', carrier = :carrier, trackingNumber = :number' : ''} REMOVE gsi2pk, gsi2sk`,
        ConditionExpression: '#status = :from',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':to': status, ':at': at, ':from': shipment.status, ...(tracking ? { ':carrier': tracking.carrier, ':number': tracking.trackingNumber } : {}) },
      }),
    ),
  );

/** Records which shipment a tracking number belongs to; false if the number is already another shipment's. */
export const claimTrackingNumber = async (trackingNumber: string, orderId: string, shipmentId: string): Promise<boolean> => {
  if (await conditionHolds(() => dynamodb.send(new PutCommand({ TableName: tableName(), Item: { ...keys.tracking(trackingNumber), orderId, shipmentId }, ConditionExpression: 'attribute_not_exists(pk)' })))) return true;
  const existing = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.tracking(trackingNumber), ConsistentRead: true }));
  return existing.Item?.orderId === orderId && existing.Item?.shipmentId === shipmentId;
};

export const findTrackedShipment = async (trackingNumber: string): Promise<{ orderId: string; shipmentId: string } | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.tracking(trackingNumber) }));
  return result.Item ? { orderId: result.Item.orderId as string, shipmentId: result.Item.shipmentId as string } : undefined;
};

/**
 * Renewals per digital item: each new link (full limit, new expiry) revokes the one before, so an
 * item is downloaded at most `(1 + maxDownloadRenewals) × limit` times in all (4 × 5 = 20).
 */
export const maxDownloadRenewals = 3;

export type DownloadRenewal = { token: string; renewalsLeft: number } | 'no_download' | 'renewals_exhausted';

/**
 * A fresh link for an order's digital SKU, in ONE transaction: the reference moves to the new
 * token (only from the token it held, within the renewal cap), the new grant is written and the
 * previous grant is revoked. A concurrent renewal that moved the reference first wins; this one
 * reads again and renews from there (or finds the cap reached).
 */
export const renewDownload = async (orderId: string, sku: string, expiresAt: string, at: string): Promise<DownloadRenewal> => {
  for (let attempt = 0; attempt < 3; attempt++) {
    const reference = (await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.orderDownload(orderId, sku), ConsistentRead: true }))).Item;
    const previous = reference ? await getDownloadGrant(reference.token as string, true) : undefined;
    if (!reference || !previous) return 'no_download';
    const renewals = (reference.renewals as number | undefined) ?? 0;
    if (renewals >= maxDownloadRenewals) return 'renewals_exhausted';
    const token = randomBytes(24).toString('base64url');
    const { revokedAt: _revoked, ...grant } = previous;
    const moved = await conditionHolds(() =>
      dynamodb.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName(),
                Key: keys.orderDownload(orderId, sku),
                UpdateExpression: 'SET #token = :token, renewals = :renewals',
                ConditionExpression: '#token = :previous AND (attribute_not_exists(renewals) OR renewals = :before)',
                ExpressionAttributeNames: { '#token': 'token' },
                ExpressionAttributeValues: { ':token': token, ':previous': previous.token, ':renewals': renewals + 1, ':before': renewals },
              },
            },
            { Put: { TableName: tableName(), Item: { ...grant, ...keys.downloadGrant(token), token, count: 0, expiresAt }, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Update: { TableName: tableName(), Key: keys.downloadGrant(previous.token), UpdateExpression: 'SET revokedAt = :at', ExpressionAttributeValues: { ':at': at } } },
          ],
        }),
      ),
    );
    if (moved) return { token, renewalsLeft: maxDownloadRenewals - renewals - 1 };
  }
  throw new Error(`download of ${sku} in order ${orderId} kept changing during its renewal`);
};
