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
