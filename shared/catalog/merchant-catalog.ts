/** Reads shared by the merchant catalog routes. */
import { getProduct } from '#shared/data/catalog-repository.ts';
import type { Product, Variant } from '#shared/domain/catalog/model.ts';
import { NotFoundError } from '#shared/http/errors.ts';

/** The product and its variants, read consistently: a merchant edits what is really there. */
export const loadProduct = async (productId: string): Promise<{ product: Product; variants: Variant[] }> => {
  const found = await getProduct(productId, true);
  if (!found) throw new NotFoundError(`No product ${productId}.`, 'product_not_found');
  return found;
};

export const loadVariant = async (productId: string, sku: string): Promise<{ product: Product; variant: Variant }> => {
  const { product, variants } = await loadProduct(productId);
  const variant = variants.find((candidate) => candidate.sku === sku);
  if (!variant) throw new NotFoundError(`No variant ${sku} in product ${productId}.`, 'variant_not_found');
  return { product, variant };
};
