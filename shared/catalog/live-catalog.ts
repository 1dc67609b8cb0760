/**
 * The catalog function's in-memory catalog, mirrored from the catalog feed (see `feed-mirror.ts`):
 * listing and search are at most about 3 s behind. Stock on product pages is read live from the
 * table, never from here.
 */
import { CatalogIndex } from '#shared/domain/catalog/catalog-index.ts';
import { feedMirror } from './feed-mirror.ts';

/** The catalog, no older than the refresh interval; the first call waits for the full load. */
export const liveCatalog = feedMirror(new CatalogIndex(), 'catalog');
