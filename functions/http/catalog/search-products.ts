import { liveCatalog } from '#shared/catalog/live-catalog.ts';
import { presentListing } from '#shared/catalog/presenters.ts';
import { listProducts } from '#shared/domain/catalog/listing.ts';
import { memoized } from '#shared/catalog/response-memo.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { searchQuery, toListingRequest } from '#shared/schemas/catalog-query.ts';

/** Typo-tolerant search, combinable with the listing filters and facets; relevance first by default. */
export const handler = httpHandler({ access: 'public', query: searchQuery }, async ({ query, event }) => {
  const request = toListingRequest(query, 'relevance');
  const catalog = await liveCatalog();
  return memoized(catalog.version, `${event.rawPath}?${event.rawQueryString}`, () => {
    const scores = catalog.search(query.q);
    const result = listProducts(catalog.visibleProducts().values(), { ...request, scores });
    return ok({ query: query.q, ...presentListing(result, request.locale) });
  });
});
