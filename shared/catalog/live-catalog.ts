/**
 * The catalog function's in-memory catalog: loaded from the catalog feed at cold start, then
 * brought up to date with a delta Query at most every `refreshIntervalMs`. Staleness window for
 * listing and search: refresh interval + index propagation (well under a second) — about 3 s.
 * Stock on product pages is read live from the table, never from here.
 */
import { readCatalogFeed } from '#shared/data/catalog-repository.ts';
import { CatalogIndex, type CatalogItems } from '#shared/domain/catalog/catalog-index.ts';
import { logger } from '#shared/observability/logger.ts';

export const refreshIntervalMs = 2_000;
// Re-read a margin before the newest change seen: writers' clocks differ and the index lags a little.
const overlapMs = 10_000;

const index = new CatalogIndex();
let watermark: string | undefined;
let lastSync = 0;
let syncing: Promise<void> | undefined;

const newestChange = (items: CatalogItems): string | undefined =>
  [...items.categories, ...items.products, ...items.variants].reduce<string | undefined>(
    (newest, item) => (!newest || item.updatedAt > newest ? item.updatedAt : newest),
    undefined,
  );

const sync = async (): Promise<void> => {
  const startedAt = Date.now();
  const since = watermark && new Date(Date.parse(watermark) - overlapMs).toISOString();
  const items = await readCatalogFeed(since);
  index.apply(items);
  const newest = newestChange(items);
  if (newest && (!watermark || newest > watermark)) watermark = newest;
  watermark ??= new Date(0).toISOString();
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
