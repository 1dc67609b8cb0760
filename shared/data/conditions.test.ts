import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { cancelledByConflictOnly, conditionHolds, failedConditions, retryOnConflict } from './conditions.ts';

const meta = { $metadata: {} };
const cancelled = (codes: string[]) =>
  new TransactionCanceledException({ message: 'cancelled', ...meta, CancellationReasons: codes.map((Code) => ({ Code })) });

describe('conditional writes', () => {
  it('lists the transaction items whose condition failed', () => {
    expect(failedConditions(cancelled(['None', 'ConditionalCheckFailed', 'None', 'ConditionalCheckFailed']))).toEqual([1, 3]);
    expect(failedConditions(new Error('other'))).toBeUndefined();
  });

  it('answers false when the condition did not hold, true when the write went through', async () => {
    expect(await conditionHolds(async () => 'ok')).toBe(true);
    expect(await conditionHolds(() => Promise.reject(new ConditionalCheckFailedException({ message: 'no', ...meta })))).toBe(false);
    expect(await conditionHolds(() => Promise.reject(cancelled(['ConditionalCheckFailed', 'None'])))).toBe(false);
  });

  it('rethrows anything else, including a transaction failing on another item', async () => {
    await expect(conditionHolds(() => Promise.reject(cancelled(['None', 'ConditionalCheckFailed'])))).rejects.toBeInstanceOf(TransactionCanceledException);
    await expect(conditionHolds(() => Promise.reject(new Error('throttled')))).rejects.toThrow('throttled');
  });

  it('sends a transaction again while it loses only to a concurrent write, never after a failed condition', async () => {
    expect(cancelledByConflictOnly(cancelled(['None', 'TransactionConflict']))).toBe(true);
    expect(cancelledByConflictOnly(cancelled(['ConditionalCheckFailed', 'TransactionConflict']))).toBe(false);
    let calls = 0;
    expect(await retryOnConflict(async () => (++calls < 3 ? Promise.reject(cancelled(['TransactionConflict'])) : 'written'))).toBe('written');
    expect(calls).toBe(3);
    calls = 0;
    await expect(retryOnConflict(async () => (++calls, Promise.reject(cancelled(['ConditionalCheckFailed']))))).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryOnConflict(async () => (++calls, Promise.reject(cancelled(['TransactionConflict']))), 3)).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(calls).toBe(3);
  });
});
