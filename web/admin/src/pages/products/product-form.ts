/**
 * The product editor's form state, as the merchant types it (text everywhere, euros with a comma),
 * and its conversion to the admin API's bodies: cents, basis points, grams, only the fields that
 * mean something for the product's kind. Conversion problems come back as field errors with the
 * same paths the API uses (`body.variants.0.price`), so one display serves both.
 */
import type { ErrorDetail } from '../../../../src/api/types.ts';
import type { Locale } from '../../../../src/i18n/locale.ts';
import type { CreateProductInput, Product, ProductKind, StockChangeInput, UpdateProductInput, UpdateVariantInput, Variant, VariantInput } from '../../api/products.ts';
import { centsToEuroInput, defaultVatRate, parseEuros, parseWhole } from './money.ts';

export interface ImageDraft {
  url: string;
  altFr: string;
  altEn: string;
}

export interface AttributeDraft {
  name: string;
  value: string;
}

export interface ProductDraft {
  titleFr: string;
  titleEn: string;
  descriptionFr: string;
  descriptionEn: string;
  slug: string;
  brand: string;
  category: string;
  kind: ProductKind;
  featured: boolean;
  images: ImageDraft[];
  attributes: AttributeDraft[];
}

export interface VariantDraft {
  sku: string;
  size: string;
  colour: string;
  format: string;
  /** Euros, as typed. */
  price: string;
  compareAtPrice: string;
  /** Basis points. */
  vatRate: number;
  weightGrams: string;
  /** Initial stock (new variants only). */
  stock: string;
  fileKey: string;
  fileName: string;
}

export type Built<T> = { ok: true; value: T } | { ok: false; errors: ErrorDetail[] };

export const emptyProduct = (): ProductDraft => ({
  titleFr: '',
  titleEn: '',
  descriptionFr: '',
  descriptionEn: '',
  slug: '',
  brand: '',
  category: '',
  kind: 'physical',
  featured: false,
  images: [],
  attributes: [],
});

export const emptyVariant = (): VariantDraft => ({ sku: '', size: '', colour: '', format: '', price: '', compareAtPrice: '', vatRate: defaultVatRate, weightGrams: '', stock: '', fileKey: '', fileName: '' });

export const draftFromProduct = (product: Product): ProductDraft => ({
  titleFr: product.title.fr,
  titleEn: product.title.en,
  descriptionFr: product.description.fr,
  descriptionEn: product.description.en,
  slug: product.slug,
  brand: product.brand,
  category: product.category,
  kind: product.kind,
  featured: product.featured === true,
  images: product.images.map((image) => ({ url: image.url, altFr: image.alt.fr, altEn: image.alt.en })),
  attributes: Object.entries(product.attributes).map(([name, value]) => ({ name, value })),
});

export const draftFromVariant = (variant: Variant, locale: Locale): VariantDraft => ({
  sku: variant.sku,
  size: variant.options.size ?? '',
  colour: variant.options.colour ?? '',
  format: variant.options.format ?? '',
  price: centsToEuroInput(variant.price, locale),
  compareAtPrice: centsToEuroInput(variant.compareAtPrice, locale),
  vatRate: variant.vatRate,
  weightGrams: variant.weightGrams === undefined ? '' : String(variant.weightGrams),
  stock: variant.stock === undefined ? '' : String(variant.stock),
  fileKey: variant.digitalFile?.key ?? '',
  fileName: variant.digitalFile?.fileName ?? '',
});

/** A slug from a title: `Veste d'été en lin` → `veste-d-ete-en-lin`. */
export const suggestSlug = (title: string): string =>
  title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');

const problem = (path: string, code: string): ErrorDetail => ({ path, code, message: code });

/** Collects conversion problems while reading typed numbers. */
class Reader {
  readonly errors: ErrorDetail[] = [];

  euros(text: string, path: string, required: boolean): number | undefined {
    const cents = parseEuros(text);
    if (cents === undefined && required) this.errors.push(problem(path, 'required'));
    if (Number.isNaN(cents)) this.errors.push(problem(path, 'not_an_amount'));
    return cents === undefined || Number.isNaN(cents) ? undefined : cents;
  }

  whole(text: string, path: string, { required = false, signed = false } = {}): number | undefined {
    const value = parseWhole(text, { signed });
    if (value === undefined && required) this.errors.push(problem(path, 'required'));
    if (Number.isNaN(value)) this.errors.push(problem(path, 'not_a_whole_number'));
    return value === undefined || Number.isNaN(value) ? undefined : value;
  }

  done<T>(value: T): Built<T> {
    return this.errors.length ? { ok: false, errors: this.errors } : { ok: true, value };
  }
}

const optionsOf = (draft: VariantDraft): VariantInput['options'] => {
  const options: VariantInput['options'] = {};
  for (const name of ['size', 'colour', 'format'] as const) {
    const value = draft[name].trim();
    if (value) options[name] = value;
  }
  return options;
};

const digitalFileOf = (draft: VariantDraft): VariantInput['digitalFile'] =>
  draft.fileKey.trim() || draft.fileName.trim() ? { key: draft.fileKey.trim(), fileName: draft.fileName.trim() } : undefined;

/** A new variant's body; `path` is where its fields sit in the request (`body` or `body.variants.0`). */
export const variantBody = (draft: VariantDraft, kind: ProductKind, path = 'body'): Built<VariantInput> => {
  const read = new Reader();
  const price = read.euros(draft.price, `${path}.price`, true);
  const compareAtPrice = read.euros(draft.compareAtPrice, `${path}.compareAtPrice`, false);
  const physical = kind === 'physical';
  const weightGrams = physical ? read.whole(draft.weightGrams, `${path}.weightGrams`, { required: true }) : undefined;
  const stock = physical ? read.whole(draft.stock, `${path}.stock`) : undefined;
  const digitalFile = physical ? undefined : digitalFileOf(draft);
  return read.done({
    sku: draft.sku.trim().toUpperCase(),
    options: optionsOf(draft),
    price: price ?? 0,
    ...(compareAtPrice === undefined ? {} : { compareAtPrice }),
    vatRate: draft.vatRate,
    ...(weightGrams === undefined ? {} : { weightGrams }),
    ...(stock === undefined ? {} : { stock }),
    ...(digitalFile ? { digitalFile } : {}),
  });
};

/** Changes to an existing variant: its options, prices, VAT rate, weight or file (stock moves elsewhere). */
export const variantChanges = (draft: VariantDraft, kind: ProductKind, version: number): Built<UpdateVariantInput> => {
  const read = new Reader();
  const price = read.euros(draft.price, 'body.price', true);
  const compareAtPrice = read.euros(draft.compareAtPrice, 'body.compareAtPrice', false);
  const weightGrams = kind === 'physical' ? read.whole(draft.weightGrams, 'body.weightGrams', { required: true }) : undefined;
  const digitalFile = kind === 'digital' ? digitalFileOf(draft) : undefined;
  return read.done({
    options: optionsOf(draft),
    ...(price === undefined ? {} : { price }),
    // A blank former price ends the sale.
    compareAtPrice: compareAtPrice ?? null,
    vatRate: draft.vatRate,
    ...(weightGrams === undefined ? {} : { weightGrams }),
    ...(digitalFile ? { digitalFile } : {}),
    version,
  });
};

const productFields = (draft: ProductDraft) => {
  const errors: ErrorDetail[] = [];
  const attributes: Record<string, string> = {};
  for (const [index, attribute] of draft.attributes.entries()) {
    const name = attribute.name.trim();
    if (!name && !attribute.value.trim()) continue;
    if (name in attributes) errors.push(problem(`body.attributes.${index}`, 'duplicate_attribute'));
    // Keyed by name, as the API reports it: `body.attributes.<name>`.
    attributes[name] = attribute.value;
  }
  return {
    errors,
    fields: {
      slug: draft.slug.trim(),
      title: { fr: draft.titleFr, en: draft.titleEn },
      description: { fr: draft.descriptionFr, en: draft.descriptionEn },
      category: draft.category,
      brand: draft.brand,
      images: draft.images.map((image) => ({ url: image.url, alt: { fr: image.altFr, en: image.altEn } })),
      attributes,
      featured: draft.featured,
    },
  };
};

/** The body that creates a product with its first variants, as a draft or published at once. */
export const createBody = (draft: ProductDraft, variants: VariantDraft[], status: 'draft' | 'active'): Built<CreateProductInput> => {
  const { fields, errors } = productFields(draft);
  const built = variants.map((variant, index) => variantBody(variant, draft.kind, `body.variants.${index}`));
  const variantErrors = built.flatMap((result) => (result.ok ? [] : result.errors));
  const all = [...errors, ...variantErrors];
  if (all.length) return { ok: false, errors: all };
  return { ok: true, value: { ...fields, kind: draft.kind, status, variants: built.map((result) => (result as { value: VariantInput }).value) } };
};

/** Every editable field of the product, with the version the merchant loaded. */
export const productChanges = (draft: ProductDraft, version: number): Built<UpdateProductInput> => {
  const { fields, errors } = productFields(draft);
  return errors.length ? { ok: false, errors } : { ok: true, value: { ...fields, version } };
};

export type StockMode = 'adjust' | 'set';

/** A stock change: `adjust` adds (or with a minus sign removes) units, `set` states the count after an inventory. */
export const stockChangeBody = (mode: StockMode, quantity: string, reason: string): Built<StockChangeInput> => {
  const read = new Reader();
  const amount = read.whole(quantity, `body.${mode}`, { required: true, signed: mode === 'adjust' });
  if (mode === 'adjust' && amount === 0) read.errors.push(problem('body.adjust', 'zero_adjustment'));
  const value = mode === 'set' ? { set: amount ?? 0, reason } : { adjust: amount ?? 0, reason };
  return read.done(value);
};
