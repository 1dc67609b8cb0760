import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ErasurePlan } from '#shared/domain/privacy/erasure-plan.ts';
import { applyErasure, updateInput } from './erasure-repository.ts';

const ddb = mockClient(DynamoDBDocumentClient);
beforeAll(() => {
  process.env.TABLE_NAME = 'shop';
});
afterEach(() => ddb.reset());

const cartKey = { pk: 'CART#c1', sk: 'CART' };

describe('updateInput', () => {
  it('sets, removes and adds exactly the named attributes, only on an item that exists', () => {
    expect(updateInput({ action: 'update', key: cartKey, reason: 'cart', set: { reminderConsent: false, status: 'open' }, remove: ['email', 'gsi1pk'], add: { version: 1 } })).toEqual({
      TableName: 'shop',
      Key: cartKey,
      UpdateExpression: 'SET #n0 = :s0, #n1 = :s1 REMOVE #n2, #n3 ADD #n4 :a0',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#n0': 'reminderConsent', '#n1': 'status', '#n2': 'email', '#n3': 'gsi1pk', '#n4': 'version' },
      ExpressionAttributeValues: { ':s0': false, ':s1': 'open', ':a0': 1 },
    });
  });

  it('sends no values for a step that only removes', () => {
    expect(updateInput({ action: 'update', key: cartKey, reason: 'cart', set: {}, remove: ['email'] })).not.toHaveProperty('ExpressionAttributeValues');
  });
});

describe('applyErasure', () => {
  it('writes a phase only once the previous one is written, and takes a vanished item as erased', async () => {
    const order: string[] = [];
    let releaseFirst: () => void = () => undefined;
    ddb.on(DeleteCommand).callsFake(
      (input: { Key: { pk: string } }) =>
        new Promise((resolve) => {
          order.push(`delete ${input.Key.pk}`);
          releaseFirst = () => resolve({});
        }),
    );
    ddb.on(UpdateCommand).callsFake((input: { Key: { pk: string } }) => {
      order.push(`update ${input.Key.pk}`);
      throw new ConditionalCheckFailedException({ message: 'gone', $metadata: {} });
    });
    const plan: ErasurePlan = {
      phases: [
        [{ action: 'delete', key: { pk: 'REVIEWED#p#sub#s', sk: 'REVIEWED' }, reason: 'review_claim' }],
        [{ action: 'update', key: cartKey, reason: 'cart', set: {}, remove: ['email'] }],
      ],
    };
    const run = applyErasure(plan);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['delete REVIEWED#p#sub#s']);
    releaseFirst();
    await expect(run).resolves.toBeUndefined();
    expect(order).toEqual(['delete REVIEWED#p#sub#s', 'update CART#c1']);
  });

  it('fails on any other error, so the caller can try again', async () => {
    ddb.on(UpdateCommand).rejects(new Error('throttled'));
    await expect(applyErasure({ phases: [[{ action: 'update', key: cartKey, reason: 'cart', set: { a: 1 }, remove: [] }]] })).rejects.toThrow('throttled');
  });
});
