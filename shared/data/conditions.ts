/** Conditional writes: a failed condition is an expected answer, not an error. */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** Indexes of the transaction items whose condition failed, or undefined when `error` is not a cancelled transaction. */
export const failedConditions = (error: unknown): number[] | undefined => {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return (error.CancellationReasons ?? []).flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : []));
};

/**
 * Runs a conditional write and tells whether its condition held: false when it did not (for a
 * transaction, when item `guard`'s did not); any other failure is thrown.
 */
export const conditionHolds = async (write: () => Promise<unknown>, guard = 0): Promise<boolean> => {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    if (failedConditions(error)?.includes(guard)) return false;
    throw error;
  }
};

/**
 * True when a transaction was cancelled only because another write touched one of its items at the
 * same moment (no condition failed): nothing was written, so it may simply be sent again.
 */
export const cancelledByConflictOnly = (error: unknown): boolean =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict') &&
  (error.CancellationReasons ?? []).every((reason) => reason.Code === 'TransactionConflict' || reason.Code === 'None' || reason.Code === undefined);

/** Sends a transaction again (up to `attempts` times, short jittered pauses) while it loses only to concurrent writes. */
export const retryOnConflict = async <T>(write: () => Promise<T>, attempts = 4): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!cancelledByConflictOnly(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
};
