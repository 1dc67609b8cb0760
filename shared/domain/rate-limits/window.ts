/**
 * Fixed-window counting: every request of one key within the same window of `windowSeconds`
 * (aligned on the epoch) adds to one counter; the counter expires shortly after its window ends.
 */
export interface Window {
  /** Epoch seconds at which the window began: part of the counter's key. */
  start: number;
  /** Epoch seconds when the counter may be deleted (TTL): one window after it ended, as slack for clock skew. */
  expiresAt: number;
  /** Whole seconds, at least 1, until the next window opens: the `retry-after` of a refusal. */
  retryAfterSeconds: number;
}

export const windowAt = (now: Date, windowSeconds: number): Window => {
  const nowSeconds = now.getTime() / 1000;
  const start = Math.floor(nowSeconds / windowSeconds) * windowSeconds;
  const end = start + windowSeconds;
  return { start, expiresAt: end + windowSeconds, retryAfterSeconds: Math.max(1, Math.ceil(end - nowSeconds)) };
};
