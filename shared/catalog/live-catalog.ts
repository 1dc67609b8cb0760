/**
 * The catalog function's in-memory catalog: loaded from the catalog feed at cold start, then
 * brought up to date with a delta Query at most every `refreshIntervalMs`. Staleness window for
 * listing and search: refresh interval + index propagation (well under a second) — about 3 s.
 * Stock on product pages is read live from the table, never from here.
 */
import { readCatalogFeed } from '#shared/data/catalog-repository.ts';
import { CatalogIndex } from '#shared/domain/catalog/catalog-index.ts';
import { logger } from '#shared/observability/logger.ts';

export const refreshIntervalMs = 2_000;
// Re-read a margin before the newest change seen: writers' clocks differ and the index lags a little.
const overlapMs = 10_000;

const index = new CatalogIndex();
/** When the last successful read started; 0 before the first load. */
let lastSync = 0;
let syncing: Promise<void> | undefined;

// Each refresh reads what changed since shortly before the previous one started, so a change is
// never missed and items are re-read only for a few seconds after they change.
const sync = async (): Promise<void> => {
  const startedAt = Date.now();
  const since = lastSync ? new Date(lastSync - overlapMs).toISOString() : undefined;
  index.apply(await readCatalogFeed(since));
  lastSync = startedAt;
};

/** The catalog, no older than the refresh interval; the first call waits for the full load. */
export const liveCatalog = async (now = Date.now()): Promise<CatalogIndex> => {
  if (now - lastSync >= refreshIntervalMs) {
    syncing ??= sync().finally(() => {
      syncing = undefined;
    });
    try {
      await syncing;
    } catch (error) {
      // A failed refresh keeps serving the catalog already held; only the first load must succeed.
      if (lastSync === 0) throw error;
      logger.warn('catalog refresh failed; serving the previous snapshot', error as Error);
    }
  }
  return index;
};
