import { loadVariant } from '#shared/catalog/merchant-catalog.ts';
import { saveVariant } from '#shared/data/catalog-repository.ts';
import type { Variant } from '#shared/domain/catalog/model.ts';
import { variantProblems } from '#shared/domain/catalog/product-rules.ts';
import { ConflictError, ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { updateVariantInput, variantParams } from '#shared/schemas/product-input.ts';

/** Changes a variant's price, former price, options, weight, file or status (archive). Stock moves elsewhere. */
export const handler = httpHandler({ access: 'merchant', params: variantParams, body: updateVariantInput }, async ({ params, body }) => {
  const { product, variant } = await loadVariant(params.id, params.sku);
  const { version, compareAtPrice, ...changes } = body;
  if (version !== undefined && version !== variant.version) {
    throw new ConflictError('version_conflict', 'The variant was changed since you loaded it; reload it and retry.', { currentVersion: variant.version });
  }
  const next: Variant = {
    ...variant,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    updatedAt: new Date().toISOString(),
    version: variant.version + 1,
  };
  if (compareAtPrice === null) delete next.compareAtPrice;
  else if (compareAtPrice !== undefined) next.compareAtPrice = compareAtPrice;
  const problems = variantProblems(product.kind, { ...next, stock: undefined }, 'body');
  if (problems.length) throw new ValidationError('The variant is invalid.', problems);
  await saveVariant(next, variant);
  return ok({ variant: next });
});
