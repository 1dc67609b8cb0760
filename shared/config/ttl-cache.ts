/**
 * A value read at most once per `ttlMs`: callers arriving while it is being read share that
 * read; when a refresh fails the last value is served on (and the next call tries again), so a
 * throttled read does not fail requests that a slightly older value serves just as well.
 */
export interface TtlCache<T> {
  get(): Promise<T>;
  /** Replaces the value now, e.g. with what this process has just written. */
  set(value: T): void;
}

export const ttlCache = <T>(read: () => Promise<T>, ttlMs: number, clock: () => number = Date.now): TtlCache<T> => {
  let current: { value: T; readAt: number } | undefined;
  let pending: Promise<T> | undefined;
  let generation = 0;

  const refresh = (): Promise<T> => {
    const started = generation;
    const readAt = clock();
    pending ??= read()
      .then((value) => {
        // A `set` during the read is newer than what the read saw.
        if (started === generation) current = { value, readAt };
        return current!.value;
      })
      .catch((error: unknown) => {
        if (current) return current.value;
        throw error;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  return {
    get: () => (current && clock() - current.readAt < ttlMs ? Promise.resolve(current.value) : refresh()),
    set: (value) => {
      generation++;
      current = { value, readAt: clock() };
    },
  };
};
