import { liveCatalog } from '#shared/catalog/live-catalog.ts';
import { presentListing } from '#shared/catalog/presenters.ts';
import { listProducts } from '#shared/domain/catalog/listing.ts';
import { memoized } from '#shared/catalog/response-memo.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { listingQuery, toListingRequest } from '#shared/schemas/catalog-query.ts';

/** Products of a category (sub-categories included) with filters, facets, sort and a cursor. */
export const handler = httpHandler({ access: 'public', query: listingQuery }, async ({ query, event }) => {
  const request = toListingRequest(query, 'newest');
  const catalog = await liveCatalog();
  return memoized(catalog.version, `${event.rawPath}?${event.rawQueryString}`, () => {
    // Without a search there is no relevance to sort by.
    const result = listProducts(catalog.visibleProducts().values(), { ...request, sort: request.sort === 'relevance' ? 'newest' : request.sort });
    return ok(presentListing(result, request.locale));
  });
});
