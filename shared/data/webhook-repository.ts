/**
 * Webhook endpoints, their per-event delivery items and their attempt records (see
 * `webhookKeys`). A delivery item makes each (endpoint, event) succeed at most once: an attempt
 * first takes its lease with a conditional write, and a delivered item is never leased again.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { WebhookEndpoint } from '#shared/domain/webhooks/endpoint.ts';
import { conditionHolds } from './conditions.ts';
import { webhookKeys, webhookListKeys, webhookListPk } from './keys.ts';
import { setFields } from './update-expression.ts';

/** An endpoint as stored: with its signing secret, and a disable notice still to send. */
export interface StoredEndpoint extends WebhookEndpoint {
  secret: string;
  noticePending: boolean;
}

/** Attempt records and delivery items are kept 30 days, then expire (TTL). */
const retentionSeconds = 30 * 24 * 3600;
const expiresAt = (now: Date): number => Math.floor(now.getTime() / 1000) + retentionSeconds;

const toEndpoint = (item: Record<string, unknown>): StoredEndpoint => ({
  id: item.id as string,
  url: item.url as string,
  events: item.events as WebhookEndpoint['events'],
  description: (item.description as string | undefined) ?? null,
  enabled: item.enabled as boolean,
  disabledReason: (item.disabledReason as WebhookEndpoint['disabledReason'] | undefined) ?? null,
  failingSince: (item.failingSince as string | undefined) ?? null,
  createdAt: item.createdAt as string,
  updatedAt: item.updatedAt as string,
  secret: item.secret as string,
  noticePending: item.noticePending === true,
});

// Absent rather than null, so that `if_not_exists(failingSince, …)` starts a run of failures.
const endpointAttributes = (endpoint: StoredEndpoint) => ({
  id: endpoint.id,
  url: endpoint.url,
  events: endpoint.events,
  ...(endpoint.description !== null ? { description: endpoint.description } : {}),
  enabled: endpoint.enabled,
  createdAt: endpoint.createdAt,
  updatedAt: endpoint.updatedAt,
  secret: endpoint.secret,
});

export const createEndpoint = (endpoint: StoredEndpoint): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...webhookKeys.endpoint(endpoint.id), ...webhookListKeys(endpoint.id, endpoint.createdAt), ...endpointAttributes(endpoint) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );

/** The endpoint as last written (strongly consistent). */
export const getEndpoint = async (endpointId: string): Promise<StoredEndpoint | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: webhookKeys.endpoint(endpointId), ConsistentRead: true }));
  return result.Item ? toEndpoint(result.Item) : undefined;
};

/** Fields a merchant edit sets; `null` description or `undefined` failure fields are removed. */
export interface EndpointChanges {
  url?: string;
  events?: WebhookEndpoint['events'];
  description?: string | null;
  enabled?: boolean;
  secret?: string;
}

/** Applies the changes; switching an endpoint on also clears why the shop switched it off. */
export const updateEndpoint = async (endpointId: string, changes: EndpointChanges, at: string): Promise<StoredEndpoint | undefined> => {
  const { description, ...rest } = changes;
  const reEnabled = changes.enabled === true ? { disabledReason: undefined, failingSince: undefined, noticePending: undefined, disabledAt: undefined } : {};
  const update = setFields({ ...rest, ...(description !== undefined ? { description: description ?? undefined } : {}), ...reEnabled, updatedAt: at });
  let written: Record<string, unknown> | undefined;
  const held = await conditionHolds(async () => {
    written = (
      await dynamodb.send(
        new UpdateCommand({ TableName: tableName(), Key: webhookKeys.endpoint(endpointId), ...update, ConditionExpression: 'attribute_exists(pk)', ReturnValues: 'ALL_NEW' }),
      )
    ).Attributes;
  });
  return held && written ? toEndpoint(written) : undefined;
};

/** Removes the endpoint; its attempt records expire on their own. False when there was none. */
export const deleteEndpoint = (endpointId: string): Promise<boolean> =>
  conditionHolds(() => dynamodb.send(new DeleteCommand({ TableName: tableName(), Key: webhookKeys.endpoint(endpointId), ConditionExpression: 'attribute_exists(pk)' })));

type PageCursor = Record<string, string>;

const encodeCursor = (key: Record<string, unknown>): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The position a `nextCursor` names, if it is one of ours for `fields` and (when given) for partition `pk` or `gsi3pk`. */
export const decodePageCursor = (value: string, fields: readonly string[], expected: Record<string, string>): PageCursor | undefined => {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
    const wellFormed = fields.every((field) => typeof parsed[field] === 'string' && (parsed[field] as string).length <= 300);
    const matches = Object.entries(expected).every(([field, wanted]) => parsed[field] === wanted);
    return wellFormed && matches ? (Object.fromEntries(fields.map((field) => [field, parsed[field]])) as PageCursor) : undefined;
  } catch {
    return undefined;
  }
};

export const endpointCursorFields = ['pk', 'sk', 'gsi3pk', 'gsi3sk'] as const;
export const attemptCursorFields = ['pk', 'sk'] as const;

/** One page of the shop's endpoints, newest first. */
export const listEndpoints = async (limit: number, cursor?: PageCursor): Promise<{ endpoints: StoredEndpoint[]; nextCursor: string | null }> => {
  const result = await dynamodb.send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': webhookListPk },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: cursor,
    }),
  );
  return { endpoints: (result.Items ?? []).map(toEndpoint), nextCursor: result.LastEvaluatedKey ? encodeCursor(result.LastEvaluatedKey) : null };
};

/** Every endpoint of the shop (the fan-out's read for each event: a handful of items, one Query page). */
export const listAllEndpoints = async (): Promise<StoredEndpoint[]> => {
  const endpoints: StoredEndpoint[] = [];
  let cursor: PageCursor | undefined;
  do {
    const page = await listEndpoints(100, cursor);
    endpoints.push(...page.endpoints);
    cursor = page.nextCursor ? decodePageCursor(page.nextCursor, endpointCursorFields, {}) : undefined;
  } while (cursor);
  return endpoints;
};

export type DeliveryClaim = { outcome: 'claimed'; attempt: number } | { outcome: 'delivered' } | { outcome: 'busy' };

/**
 * Takes the lease of (endpoint, event) for one attempt, unless it was delivered already or
 * another attempt holds an unexpired lease; counts the attempt.
 */
export const claimDelivery = async (endpointId: string, eventId: string, token: string, now: Date, leaseSeconds: number): Promise<DeliveryClaim> => {
  let attempts: number | undefined;
  const held = await conditionHolds(async () => {
    const result = await dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: webhookKeys.delivery(endpointId, eventId),
        UpdateExpression: 'SET #state = :leased, leaseToken = :token, leaseUntil = :until, expiresAt = :expires ADD attempts :one',
        ConditionExpression: 'attribute_not_exists(pk) OR (#state <> :delivered AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now))',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':leased': 'leased',
          ':delivered': 'delivered',
          ':token': token,
          ':until': now.getTime() + leaseSeconds * 1000,
          ':now': now.getTime(),
          ':expires': expiresAt(now),
          ':one': 1,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    attempts = result.Attributes?.attempts as number | undefined;
  });
  if (held) return { outcome: 'claimed', attempt: attempts ?? 1 };
  const current = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: webhookKeys.delivery(endpointId, eventId), ConsistentRead: true }));
  return current.Item?.state === 'delivered' ? { outcome: 'delivered' } : { outcome: 'busy' };
};

/** Ends the attempt holding lease `token`: `delivered` for good, or `failed` (free for the next attempt). */
export const settleDelivery = (endpointId: string, eventId: string, token: string, state: 'delivered' | 'failed', at: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: webhookKeys.delivery(endpointId, eventId),
        UpdateExpression: `SET #state = :state, settledAt = :at REMOVE leaseToken, leaseUntil`,
        ConditionExpression: 'leaseToken = :token',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':state': state, ':at': at, ':token': token },
      }),
    ),
  );

export interface AttemptRecord {
  eventId: string;
  eventName: string;
  attempt: number;
  at: string;
  durationMs: number;
  /** The receiver's HTTP status, or null when no response came. */
  status: number | null;
  /** What went wrong without a response: `timeout`, `refused_address`, `connection_failed`… */
  error: string | null;
  /** The start of the receiver's answer, at most a few hundred characters. */
  responseExcerpt: string | null;
  outcome: 'delivered' | 'retry_scheduled' | 'gave_up' | 'endpoint_disabled';
  nextAttemptAt: string | null;
}

export const recordAttempt = async (endpointId: string, record: AttemptRecord, now: Date): Promise<void> => {
  await dynamodb.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...webhookKeys.attempt(endpointId, record.at, record.eventId, record.attempt), ...record, expiresAt: expiresAt(now) },
    }),
  );
};

const toAttempt = (item: Record<string, unknown>): AttemptRecord => {
  const { pk: _pk, sk: _sk, expiresAt: _expires, ...record } = item;
  return record as unknown as AttemptRecord;
};

/** One page of an endpoint's attempts, newest first. */
export const listAttempts = async (endpointId: string, limit: number, cursor?: PageCursor): Promise<{ attempts: AttemptRecord[]; nextCursor: string | null }> => {
  const result = await dynamodb.send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': webhookKeys.endpointPk(endpointId), ':prefix': webhookKeys.attemptPrefix },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: cursor,
    }),
  );
  return { attempts: (result.Items ?? []).map(toAttempt), nextCursor: result.LastEvaluatedKey ? encodeCursor(result.LastEvaluatedKey) : null };
};

/** Starts (or continues) the endpoint's run of failures; the endpoint as it now is, or undefined once deleted. */
export const noteFailure = async (endpointId: string, at: string): Promise<StoredEndpoint | undefined> => {
  let written: Record<string, unknown> | undefined;
  await conditionHolds(async () => {
    written = (
      await dynamodb.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: webhookKeys.endpoint(endpointId),
          UpdateExpression: 'SET failingSince = if_not_exists(failingSince, :at), lastFailureAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
          ReturnValues: 'ALL_NEW',
        }),
      )
    ).Attributes;
  });
  return written && toEndpoint(written);
};

/** Ends the endpoint's run of failures (writes only when one was running). */
export const noteSuccess = (endpointId: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: webhookKeys.endpoint(endpointId),
        UpdateExpression: 'REMOVE failingSince, lastFailureAt',
        ConditionExpression: 'attribute_exists(failingSince)',
      }),
    ),
  );

/** Switches off an endpoint still on, with its notice to send; true only for the caller that switched it off. */
export const disableFailingEndpoint = (endpointId: string, at: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: webhookKeys.endpoint(endpointId),
        UpdateExpression: 'SET enabled = :off, disabledReason = :failing, disabledAt = :at, updatedAt = :at, noticePending = :yes',
        ConditionExpression: 'enabled = :on',
        ExpressionAttributeValues: { ':off': false, ':on': true, ':failing': 'failing', ':at': at, ':yes': true },
      }),
    ),
  );

/** The merchant was told: the notice is no longer pending. */
export const clearNotice = async (endpointId: string): Promise<void> => {
  await conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: webhookKeys.endpoint(endpointId),
        UpdateExpression: 'REMOVE noticePending',
        ConditionExpression: 'attribute_exists(pk)',
      }),
    ),
  );
};
