/**
 * An in-memory copy of what the catalog feed holds: loaded in full at cold start, then brought up
 * to date with a delta Query at most every `refreshIntervalMs`. Staleness window: the refresh
 * interval plus index propagation (well under a second) — about 3 s.
 */
import { readCatalogFeed } from '#shared/data/catalog-repository.ts';
import type { CatalogItems } from '#shared/domain/catalog/catalog-index.ts';
import { logger } from '#shared/observability/logger.ts';

export const refreshIntervalMs = 2_000;
// Re-read a margin before the previous read: writers' clocks differ and the index lags a little.
const overlapMs = 10_000;

/** `current()` answers `target`, no older than the refresh interval; concurrent callers share one read. */
export const feedMirror = <T extends { apply(items: Partial<CatalogItems>): void }>(target: T, label: string) => {
  /** When the last successful read started; 0 before the first load. */
  let lastSync = 0;
  let syncing: Promise<void> | undefined;

  // Each refresh reads what changed since shortly before the previous one started, so a change is
  // never missed and items are re-read only for a few seconds after they change.
  const sync = async (): Promise<void> => {
    const startedAt = Date.now();
    const since = lastSync ? new Date(lastSync - overlapMs).toISOString() : undefined;
    target.apply(await readCatalogFeed(since));
    lastSync = startedAt;
  };

  return async (now = Date.now()): Promise<T> => {
    if (now - lastSync >= refreshIntervalMs) {
      syncing ??= sync().finally(() => {
        syncing = undefined;
      });
      try {
        await syncing;
      } catch (error) {
        // A failed refresh keeps serving what is already held; only the first load must succeed.
        if (lastSync === 0) throw error;
        logger.warn(`${label} refresh failed; serving the previous snapshot`, error as Error);
      }
    }
    return target;
  };
};
