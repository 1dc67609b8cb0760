/**
 * The dashboard function's copy of every variant's stock, mirrored from the catalog feed like the
 * catalog function's index (`shared/catalog/feed-mirror.ts`): the whole feed once per cold start,
 * then only what changed (stock writes move an item in the feed). No Scan, and no index to
 * maintain on every stock write; a change shows within a few seconds.
 */
import { feedMirror } from '#shared/catalog/feed-mirror.ts';
import { StockSnapshot } from '#shared/domain/dashboard/low-stock.ts';

/** The stock snapshot, no older than the refresh interval; concurrent callers share one read. */
export const stockSnapshot = feedMirror(new StockSnapshot(), 'stock snapshot');
