/**
 * Remembers catalog responses for as long as the catalog they were computed from is unchanged:
 * the same category page or search asked again is answered without recomputing it. Bounded, and
 * emptied whenever the catalog version moves, so a result is never staler than the index.
 */
import type { HttpResult } from '#shared/http/responses.ts';

const maxEntries = 2_000;
let memoVersion = -1;
const entries = new Map<string, HttpResult>();

export const memoized = (version: number, key: string, compute: () => HttpResult): HttpResult => {
  if (version !== memoVersion) {
    entries.clear();
    memoVersion = version;
  }
  let result = entries.get(key);
  if (!result) {
    result = compute();
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(key, result);
  }
  // Callers add per-request headers: hand out a copy of the header map.
  return { ...result, headers: { ...result.headers } };
};
