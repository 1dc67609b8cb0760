import { AsyncLocalStorage } from 'node:async_hooks';

/** DynamoDB capacity units consumed by the current invocation (async-context scoped). */
const tally = new AsyncLocalStorage<{ units: number }>();

export const withCapacityTally = <T>(run: () => Promise<T>): Promise<{ result: T; units: number }> => {
  const store = { units: 0 };
  return tally.run(store, async () => ({ result: await run(), units: store.units }));
};

export const addConsumedCapacity = (units: number): void => {
  const store = tally.getStore();
  if (store) store.units += units;
};
