import { AsyncLocalStorage } from 'node:async_hooks';

export interface CapacityTally {
  read: number;
  write: number;
  /** The part of `write` spent on the table itself, the rest maintaining its indexes. */
  tableWrite: number;
}

/** DynamoDB capacity units consumed by the current invocation (async-context scoped). */
const tally = new AsyncLocalStorage<CapacityTally>();

export const withCapacityTally = <T>(run: () => Promise<T>): Promise<{ result: T; units: CapacityTally }> => {
  const store = { read: 0, write: 0, tableWrite: 0 };
  return tally.run(store, async () => ({ result: await run(), units: store }));
};

export const addConsumedCapacity = (units: number, kind: 'read' | 'write', tableUnits = units): void => {
  const store = tally.getStore();
  if (!store) return;
  store[kind] += units;
  if (kind === 'write') store.tableWrite += tableUnits;
};
