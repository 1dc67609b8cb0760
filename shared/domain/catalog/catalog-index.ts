/**
 * The catalog held in memory by the catalog function: categories, products and variants as last
 * read from the table, the shopper-visible view of them, and a typo-tolerant search index that is
 * updated incrementally as changes arrive. Pure: it is fed items, it never reads the table.
 */
import MiniSearch from 'minisearch';
import { isInStock, type Category, type Locale, type Product, type Variant } from './model.ts';
import { colourNames } from './options.ts';
import { bandOf } from './listing.ts';
import { fold, normalizeTerm, tokenize, typoBudget } from './text.ts';
import { ratingSortKey } from '#shared/domain/reviews/rules.ts';

export interface CatalogItems {
  categories: Category[];
  products: Product[];
  variants: Variant[];
}

/**
 * What listing needs of a variant, precomputed once per change. Every instance has the same
 * shape, so the listing loop over thousands of variants stays on V8's fast path (variant items
 * themselves come in many shapes: optional fields).
 */
export class VariantFacts {
  constructor(
    readonly variant: Variant,
    readonly size: string | undefined,
    readonly colour: string | undefined,
    readonly price: number,
    readonly available: boolean,
    /** Price band facet value. */
    readonly band: string,
    /** Sold below its compare-at price. */
    readonly onSale: boolean,
  ) {}
}

/** A product as shoppers see it: active, in a category shoppers see, with its active variants. */
export interface VisibleProduct {
  id: string;
  kind: Product['kind'];
  createdAt: string;
  product: Product;
  variants: Variant[];
  /** The product's category and all its ancestors, nearest first. */
  categoryPath: string[];
  facts: VariantFacts[];
  /** Titles folded for sorting by name. */
  nameKeys: Record<Locale, string>;
  /** Best rated first: see `ratingSortKey`. */
  ratingKey: number;
}

interface SearchDocument {
  id: string;
  titleFr: string;
  titleEn: string;
  brand: string;
  categoryFr: string;
  categoryEn: string;
  colours: string;
  descriptionFr: string;
  descriptionEn: string;
}

const searchOptions = {
  boost: { titleFr: 3, titleEn: 3, brand: 2, categoryFr: 1.5, categoryEn: 1.5, colours: 1 },
  prefix: true,
  fuzzy: (term: string) => typoBudget(term) || false,
  maxFuzzy: 2,
  combineWith: 'AND' as const,
};

const newProductSearch = () =>
  new MiniSearch<SearchDocument>({
    fields: ['titleFr', 'titleEn', 'brand', 'categoryFr', 'categoryEn', 'colours', 'descriptionFr', 'descriptionEn'],
    tokenize,
    processTerm: (term) => normalizeTerm(term) ?? null,
    searchOptions,
  });

const newCategorySearch = () =>
  new MiniSearch<{ id: string; fr: string; en: string }>({
    fields: ['fr', 'en'],
    tokenize,
    processTerm: (term) => normalizeTerm(term) ?? null,
    searchOptions: { ...searchOptions, boost: {} },
  });

/** Newer wins; equal timestamps fall back to the version counter. */
const isNewer = (incoming: { updatedAt: string; version?: number }, current?: { updatedAt: string; version?: number }) =>
  !current ||
  incoming.updatedAt > current.updatedAt ||
  (incoming.updatedAt === current.updatedAt && (incoming.version ?? 0) > (current.version ?? 0));

/** A product is also newer when only its rating changed: moderation moves `ratingVersion`, never `updatedAt` or `version`. */
const isNewerProduct = (incoming: Product, current?: Product) =>
  isNewer(incoming, current) ||
  (current !== undefined && incoming.updatedAt === current.updatedAt && incoming.version === current.version && (incoming.ratingVersion ?? 0) > (current.ratingVersion ?? 0));

export class CatalogIndex {
  private readonly categories = new Map<string, Category>();
  /** Categories shoppers see: active, under active ancestors only. Rebuilt after category changes. */
  private shown: Map<string, Category> | undefined;
  private readonly products = new Map<string, Product>();
  private readonly variants = new Map<string, Map<string, Variant>>();
  private productSearch = newProductSearch();
  private categorySearch = newCategorySearch();
  private readonly changedProducts = new Set<string>();
  private categoriesChanged = false;
  private visible: Map<string, VisibleProduct> | undefined;
  private visibleBySlug = new Map<string, VisibleProduct>();
  /** Increases whenever applied items change anything; results computed at one version stay valid for it. */
  version = 0;

  /** Takes items read from the table; stale copies (older than what is held) are ignored. */
  apply(items: Partial<CatalogItems>): void {
    for (const category of items.categories ?? []) {
      if (!isNewer(category, this.categories.get(category.slug))) continue;
      this.categories.set(category.slug, category);
      this.categoriesChanged = true;
      this.shown = undefined;
      this.version++;
    }
    for (const product of items.products ?? []) {
      if (!isNewerProduct(product, this.products.get(product.id))) continue;
      this.products.set(product.id, product);
      this.changedProducts.add(product.id);
      this.version++;
    }
    for (const variant of items.variants ?? []) {
      const skus = this.variants.get(variant.productId) ?? new Map<string, Variant>();
      if (!isNewer(variant, skus.get(variant.sku))) continue;
      skus.set(variant.sku, variant);
      this.variants.set(variant.productId, skus);
      this.changedProducts.add(variant.productId);
      this.version++;
    }
  }

  get size(): { categories: number; products: number; variants: number } {
    let variants = 0;
    for (const skus of this.variants.values()) variants += skus.size;
    return { categories: this.categories.size, products: this.products.size, variants };
  }

  /** A category shoppers see; archived ones and those under them are unknown here. */
  category(slug: string): Category | undefined {
    return this.shownCategories().get(slug);
  }

  /** Every category shoppers see. */
  allCategories(): Category[] {
    return [...this.shownCategories().values()];
  }

  /** Every product whatever its status, for the merchant's catalog view. */
  allProducts(): Array<{ product: Product; variants: Variant[] }> {
    return [...this.products.values()].map((product) => ({ product, variants: [...(this.variants.get(product.id)?.values() ?? [])] }));
  }

  /** The category and its ancestors, nearest first; empty when shoppers do not see the category. */
  categoryPath(slug: string): string[] {
    return this.category(slug) ? this.pathOf(slug) : [];
  }

  /** The stored chain from a category up to the top, nearest first, stopping at a missing parent or a loop. */
  private pathOf(slug: string): string[] {
    const path: string[] = [];
    for (let current = this.categories.get(slug); current && !path.includes(current.slug); current = current.parent ? this.categories.get(current.parent) : undefined) {
      path.push(current.slug);
    }
    return path;
  }

  private shownCategories(): Map<string, Category> {
    this.shown ??= new Map(
      [...this.categories.values()]
        .filter((category) => this.pathOf(category.slug).every((slug) => this.categories.get(slug)!.status !== 'archived'))
        .map((category) => [category.slug, category]),
    );
    return this.shown;
  }

  visibleProducts(): Map<string, VisibleProduct> {
    this.refresh();
    return this.visible!;
  }

  visibleBySlugOf(slug: string): VisibleProduct | undefined {
    this.refresh();
    return this.visibleBySlug.get(slug);
  }

  /** Ids of visible products matching the query, with their relevance scores. */
  search(query: string): Map<string, number> {
    this.refresh();
    return new Map(this.productSearch.search(query).map((hit) => [String(hit.id), hit.score]));
  }

  /** Category slugs whose name matches the query, best first. */
  searchCategories(query: string): string[] {
    this.refresh();
    return this.categorySearch.search(query).map((hit) => String(hit.id));
  }

  private toVisible(product: Product): VisibleProduct | undefined {
    if (product.status !== 'active') return undefined;
    const categoryPath = this.categoryPath(product.category);
    if (!categoryPath.length) return undefined;
    const variants = [...(this.variants.get(product.id)?.values() ?? [])].filter((variant) => variant.status === 'active');
    if (!variants.length) return undefined;
    const facts = variants.map((variant) => new VariantFacts(variant, variant.options.size, variant.options.colour, variant.price, isInStock(variant), bandOf(variant.price), (variant.compareAtPrice ?? 0) > variant.price));
    return {
      id: product.id,
      kind: product.kind,
      createdAt: product.createdAt,
      product,
      variants,
      categoryPath,
      facts,
      nameKeys: { fr: fold(product.title.fr), en: fold(product.title.en) },
      ratingKey: ratingSortKey(product.ratingSum, product.ratingCount),
    };
  }

  private documentOf(entry: VisibleProduct): SearchDocument {
    const { product, variants, categoryPath } = entry;
    const categories = categoryPath.map((slug) => this.categories.get(slug)!);
    const colours = [...new Set(variants.map((variant) => variant.options.colour).filter((colour): colour is string => Boolean(colour)))];
    const colourText = (locale: Locale) => colours.map((colour) => colourNames[colour]?.[locale] ?? colour).join(' ');
    return {
      id: product.id,
      titleFr: product.title.fr,
      titleEn: product.title.en,
      brand: product.brand,
      categoryFr: categories.map((category) => category.name.fr).join(' '),
      categoryEn: categories.map((category) => category.name.en).join(' '),
      colours: `${colourText('fr')} ${colourText('en')}`,
      descriptionFr: product.description.fr,
      descriptionEn: product.description.en,
    };
  }

  /** Brings the visible view and the search indexes up to date with the changes applied so far. */
  private refresh(): void {
    if (this.visible && !this.categoriesChanged && !this.changedProducts.size) return;
    const rebuildAll = !this.visible || this.categoriesChanged;
    const ids = rebuildAll ? [...this.products.keys()] : [...this.changedProducts];
    if (rebuildAll) {
      this.visible = new Map();
      this.productSearch = newProductSearch();
      this.categorySearch = newCategorySearch();
      this.categorySearch.addAll(this.allCategories().map((category) => ({ id: category.slug, ...category.name })));
    }
    const visible = this.visible!;
    for (const id of ids) {
      const entry = this.toVisible(this.products.get(id)!);
      const wasIndexed = visible.has(id);
      if (entry) {
        visible.set(id, entry);
        if (wasIndexed) this.productSearch.replace(this.documentOf(entry));
        else this.productSearch.add(this.documentOf(entry));
      } else if (wasIndexed) {
        visible.delete(id);
        this.productSearch.discard(id);
      }
    }
    this.visibleBySlug = new Map([...visible.values()].map((entry) => [entry.product.slug, entry]));
    this.changedProducts.clear();
    this.categoriesChanged = false;
  }
}
