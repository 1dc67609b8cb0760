import { randomUUID } from 'node:crypto';
import { categoryExists, createProduct } from '#shared/data/catalog-repository.ts';
import type { Product } from '#shared/domain/catalog/model.ts';
import { buildVariant, productProblems } from '#shared/domain/catalog/product-rules.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { createProductInput } from '#shared/schemas/product-input.ts';

/** Creates a product with its variants; slug and SKUs must be free (409 otherwise). */
export const handler = httpHandler({ access: 'merchant', body: createProductInput }, async ({ body }) => {
  const known = await categoryExists(body.category);
  const problems = productProblems(body, () => known);
  if (problems.length) throw new ValidationError('The product is invalid.', problems);

  const now = new Date().toISOString();
  const { variants: drafts, ...fields } = body;
  const product: Product = { id: randomUUID(), ...fields, createdAt: now, updatedAt: now, version: 1 };
  const variants = drafts.map((draft) => buildVariant(product.id, product.kind, draft, now));
  await createProduct(product, variants);
  return created({ product, variants }, { location: `/api/admin/products/${product.id}` });
});
