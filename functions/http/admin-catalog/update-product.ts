import { loadProduct } from '#shared/catalog/merchant-catalog.ts';
import { categoryExists, saveProduct } from '#shared/data/catalog-repository.ts';
import { applyProductChanges } from '#shared/domain/catalog/product-rules.ts';
import { ConflictError, ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { productIdParams, updateProductInput } from '#shared/schemas/product-input.ts';

/** Changes a product's fields or status (publish, unpublish, archive); optimistic locking on `version`. */
export const handler = httpHandler({ access: 'merchant', params: productIdParams, body: updateProductInput }, async ({ params, body }) => {
  const { product, variants } = await loadProduct(params.id);
  const { version, ...changes } = body;
  if (version !== undefined && version !== product.version) {
    throw new ConflictError('version_conflict', 'The product was changed since you loaded it; reload it and retry.', { currentVersion: product.version });
  }
  if (changes.category && changes.category !== product.category && !(await categoryExists(changes.category))) {
    throw new ValidationError('The product is invalid.', [{ path: 'body.category', code: 'unknown_category', message: 'No such category.' }]);
  }
  const next = applyProductChanges(product, changes, new Date().toISOString());
  await saveProduct(next, product);
  return ok({ product: next, variants });
});
