import { loadVariant } from '#shared/catalog/merchant-catalog.ts';
import { recordStockMovement } from '#shared/data/catalog-repository.ts';
import { isDigital } from '#shared/domain/catalog/model.ts';
import { stockAfter } from '#shared/domain/catalog/product-rules.ts';
import { ConflictError, UnprocessableError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { stockChangeInput, variantParams } from '#shared/schemas/product-input.ts';

const attempts = 3;

/** Sets or adjusts a variant's stock with a reason; the movement is recorded with the stock before and after. */
export const handler = httpHandler({ access: 'merchant', params: variantParams, body: stockChangeInput }, async ({ params, body, principal }) => {
  // A sale may land between our read and our write: the write is conditional, so read again and retry.
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const { variant } = await loadVariant(params.id, params.sku);
    if (isDigital(variant)) throw new UnprocessableError('stock_not_applicable', 'Digital variants have no stock.');
    const before = variant.stock ?? 0;
    const after = stockAfter(before, body);
    if (after === undefined) {
      throw new ConflictError('insufficient_stock', `Only ${before} in stock: it cannot go below zero.`, { sku: params.sku, available: before });
    }
    const movement = { sku: params.sku, productId: params.id, before, after, reason: body.reason, by: principal.email ?? principal.sub, at: new Date().toISOString() };
    if (await recordStockMovement(movement)) return ok({ movement });
  }
  throw new ConflictError('stock_busy', 'The stock kept changing while we updated it; please retry.');
});
