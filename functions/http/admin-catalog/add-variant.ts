import { loadProduct } from '#shared/catalog/merchant-catalog.ts';
import { addVariant } from '#shared/data/catalog-repository.ts';
import { buildVariant, variantProblems } from '#shared/domain/catalog/product-rules.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { productIdParams, variantInput } from '#shared/schemas/product-input.ts';

/** Adds a variant (SKU) to a product; the SKU must be free (409 otherwise). */
export const handler = httpHandler({ access: 'merchant', params: productIdParams, body: variantInput }, async ({ params, body }) => {
  const { product } = await loadProduct(params.id);
  const problems = variantProblems(product.kind, body, 'body');
  if (problems.length) throw new ValidationError('The variant is invalid.', problems);
  const variant = buildVariant(product.id, product.kind, body, new Date().toISOString());
  await addVariant(variant);
  return created({ variant });
});
