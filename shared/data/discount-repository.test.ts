import { ConditionalCheckFailedException, TransactionConflictException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countDiscountEmails, decodeDiscountCursor, discountItem, getDiscount, listDiscounts, updateDiscount } from './discount-repository.ts';

const ddb = mockClient(DynamoDBDocumentClient);
const key = { pk: 'DISCOUNT#NOEL10', sk: 'DISCOUNT' };
const at = '2026-11-23T09:00:00.000Z';
const record = { code: 'NOEL10', type: 'percentage' as const, value: 1000, used: 3, active: true, version: 2, createdAt: at, updatedAt: at };
const failed = () => new ConditionalCheckFailedException({ message: 'condition', $metadata: {} });

beforeAll(() => {
  process.env.TABLE_NAME = 'shop';
});
afterEach(() => ddb.reset());

describe('discount repository', () => {
  it('stores a merchant code on its key and in the merchant list, and reads it back without either', async () => {
    const item = discountItem(record);
    expect(item).toMatchObject({ ...key, gsi3pk: 'DISCOUNTS', gsi3sk: `${at}#NOEL10` });
    ddb.on(GetCommand, { Key: key }).resolves({ Item: item });
    await expect(getDiscount('NOEL10')).resolves.toEqual(record);
  });

  it('reads a code written before versions existed as version 1', async () => {
    ddb.on(GetCommand).resolves({ Item: { ...key, code: 'NOEL10', type: 'fixed', value: 500, used: 0, active: true } });
    await expect(getDiscount('NOEL10')).resolves.toMatchObject({ version: 1 });
  });

  it('edits only the named fields, never the use count, and only at the version read', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: { ...discountItem(record), value: 2000, version: 3 } });
    const result = await updateDiscount('NOEL10', 2, { value: 2000, endsAt: undefined }, at);
    expect(result).toEqual({ ok: true, discount: { ...record, value: 2000, version: 3 } });
    const input = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(input.Key).toEqual(key);
    expect(input.ConditionExpression).toBe('attribute_exists(pk) AND version = :expected');
    expect(input.ExpressionAttributeValues).toMatchObject({ ':expected': 2 });
    expect(Object.values(input.ExpressionAttributeNames!)).toEqual(['value', 'endsAt', 'updatedAt', 'version']);
    expect(input.UpdateExpression).toMatch(/^SET .* REMOVE #f1$/);
    expect(JSON.stringify(input)).not.toContain('used');
  });

  it('accepts version 1 for a code that has no version attribute yet', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: discountItem({ ...record, version: 2 }) });
    await updateDiscount('NOEL10', 1, { active: false }, at);
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input.ConditionExpression).toBe('attribute_exists(pk) AND (attribute_not_exists(version) OR version = :expected)');
  });

  it('tells a stale version from a missing code when the condition fails', async () => {
    ddb.on(UpdateCommand).rejects(failed());
    ddb.on(GetCommand).resolvesOnce({ Item: discountItem({ ...record, version: 5 }) }).resolvesOnce({});
    await expect(updateDiscount('NOEL10', 2, { value: 1 }, at)).resolves.toEqual({ ok: false, reason: 'version_conflict', currentVersion: 5 });
    await expect(updateDiscount('NOEL10', 2, { value: 1 }, at)).resolves.toEqual({ ok: false, reason: 'not_found' });
  });

  it('retries an edit that met a checkout transaction on the item', async () => {
    ddb
      .on(UpdateCommand)
      .rejectsOnce(new TransactionConflictException({ message: 'conflict', $metadata: {} }))
      .resolves({ Attributes: discountItem(record) });
    await expect(updateDiscount('NOEL10', 2, { value: 1000 }, at)).resolves.toMatchObject({ ok: true });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(2);
  });

  it('counts distinct emails only for codes limited per email, across pages', async () => {
    await expect(countDiscountEmails({ code: 'NOEL10' })).resolves.toBeNull();
    ddb.on(QueryCommand).resolvesOnce({ Count: 3, LastEvaluatedKey: { pk: 'x', sk: 'y' } }).resolvesOnce({ Count: 2 });
    await expect(countDiscountEmails({ code: 'NOEL10', perEmailLimit: 1 })).resolves.toBe(5);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toMatchObject({ ExpressionAttributeValues: { ':pk': 'DISCOUNT#NOEL10', ':prefix': 'EMAIL#' }, Select: 'COUNT' });
  });

  it('pages the unfiltered list with one extra item to know whether more follow', async () => {
    const items = ['C', 'B', 'A'].map((letter) => discountItem({ ...record, code: `CODE-${letter}` }));
    ddb.on(QueryCommand).resolves({ Items: items });
    const page = await listDiscounts({ limit: 2, now: new Date(at) });
    expect(page.discounts.map((discount) => discount.code)).toEqual(['CODE-C', 'CODE-B']);
    expect(decodeDiscountCursor(page.nextCursor!)).toEqual({ pk: 'DISCOUNT#CODE-B', sk: 'DISCOUNT', gsi3pk: 'DISCOUNTS', gsi3sk: `${at}#CODE-B` });
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toMatchObject({ IndexName: 'gsi3', Limit: 3, ScanIndexForward: false });
    ddb.on(QueryCommand).resolves({ Items: items.slice(0, 2) });
    await expect(listDiscounts({ limit: 2, now: new Date(at) })).resolves.toMatchObject({ nextCursor: null });
  });

  it('reads on through pages to fill a filtered list', async () => {
    const live = discountItem({ ...record, code: 'LIVE' });
    const off = discountItem({ ...record, code: 'OFF', active: false });
    ddb.on(QueryCommand).resolvesOnce({ Items: [off, live], LastEvaluatedKey: { ...off } }).resolvesOnce({ Items: [off, live] });
    const page = await listDiscounts({ state: 'disabled', limit: 5, now: new Date(at) });
    expect(page).toEqual({ discounts: [expect.objectContaining({ code: 'OFF' }), expect.objectContaining({ code: 'OFF' })], nextCursor: null });
  });

  it('refuses cursors it did not make', () => {
    expect(decodeDiscountCursor('not-a-cursor')).toBeUndefined();
    expect(decodeDiscountCursor(Buffer.from(JSON.stringify({ pk: 'ORDER#1', sk: 'ORDER', gsi3pk: 'ORDERS#2026-11', gsi3sk: 'x' })).toString('base64url'))).toBeUndefined();
  });
});
