import { loadProduct } from '#shared/catalog/merchant-catalog.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { productIdParams } from '#shared/schemas/product-input.ts';

/** A product as the merchant edits it: every field, every variant, live stock, whatever the status. */
export const handler = httpHandler({ access: 'merchant', params: productIdParams }, async ({ params }) => ok(await loadProduct(params.id)));
