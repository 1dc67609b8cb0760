/**
 * The dashboard function's copy of every variant's stock, from the catalog feed (gsi1): the whole
 * feed once per cold start (one Query per shard, i.e. the size of the catalog in read capacity),
 * then only the items changed since the previous read (stock writes move an item in the feed).
 * No Scan, and no index to maintain on every stock write; a change shows within a few seconds.
 */
import { readCatalogFeed } from '#shared/data/catalog-repository.ts';
import { StockSnapshot } from '#shared/domain/dashboard/low-stock.ts';

const refreshIntervalMs = 2_000;
// Re-read a margin before the previous read: writers' clocks differ and the index lags a little.
const overlapMs = 10_000;

const snapshot = new StockSnapshot();
let lastSync = 0;
let syncing: Promise<void> | undefined;

const sync = async (): Promise<void> => {
  const startedAt = Date.now();
  const since = lastSync ? new Date(lastSync - overlapMs).toISOString() : undefined;
  snapshot.apply(await readCatalogFeed(since));
  lastSync = startedAt;
};

/** The stock snapshot, no older than the refresh interval; concurrent callers share one read. */
export const stockSnapshot = async (now = Date.now()): Promise<StockSnapshot> => {
  if (now - lastSync >= refreshIntervalMs) {
    syncing ??= sync().finally(() => {
      syncing = undefined;
    });
    await syncing;
  }
  return snapshot;
};
