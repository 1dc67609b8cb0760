/** The merchant's category input, validated at the edge; field errors carry the path of each field. */
import * as z from 'zod/mini';
import { slugSchema } from './product-input.ts';

const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const localizedName = z.strictObject({ fr: name, en: name });
const position = z.number().check(z.int(), z.minimum(0), z.maximum(100_000));
const version = z.number().check(z.int(), z.minimum(1));

/** A transaction holds at most 100 items: the children plus the tree's revision. */
export const maxReorderedChildren = 99;

export const createCategoryInput = z.strictObject({
  slug: slugSchema,
  name: localizedName,
  /** Absent or null: a top-level category. */
  parent: z.optional(z.nullable(slugSchema)),
  /** Absent: after its last sibling. */
  position: z.optional(position),
});
export type CreateCategoryInput = z.infer<typeof createCategoryInput>;

export const updateCategoryInput = z
  .strictObject({
    /** The version the merchant edited; a newer one on the server means 409. */
    version,
    name: z.optional(localizedName),
    /** `null` moves the category to the top level. */
    parent: z.optional(z.nullable(slugSchema)),
    position: z.optional(position),
  })
  .check(
    z.refine((input) => input.name !== undefined || input.parent !== undefined || input.position !== undefined, {
      message: 'Give at least one of name, parent or position.',
      params: { code: 'nothing_to_change' },
    }),
  );
export type UpdateCategoryInput = z.infer<typeof updateCategoryInput>;

export const reorderCategoriesInput = z.strictObject({
  /** Whose children are reordered; null for the top level. */
  parent: z.nullable(slugSchema),
  /** Every child of `parent`, in the new order. */
  slugs: z.array(slugSchema).check(z.minLength(1), z.maxLength(maxReorderedChildren)),
});
export type ReorderCategoriesInput = z.infer<typeof reorderCategoriesInput>;

export const versionInput = z.strictObject({ version });

export const categorySlugParams = z.object({ slug: slugSchema });
