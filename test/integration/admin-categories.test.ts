import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, eventually, merchantTokens } from './support.ts';

interface AdminCategory {
  slug: string;
  parent: string | null;
  name: { fr: string; en: string };
  position: number;
  status: 'active' | 'archived';
  version: number;
  updatedAt: string;
  productCount: number;
  childCount: number;
}

interface ShopperCategory {
  slug: string;
  children: ShopperCategory[];
}

let token: string;
const createdCategories: string[] = [];
const createdProducts: string[] = [];

beforeAll(async () => {
  token = (await merchantTokens()).idToken;
});

const unique = () => randomUUID().slice(0, 8);
const asMerchant = (path: string, method: string, body?: unknown) =>
  api(path, { method, token, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });

const listCategories = async (): Promise<AdminCategory[]> => {
  const response = await asMerchant('/api/admin/categories', 'GET');
  expect(response.status).toBe(200);
  return response.json.categories;
};
/** The categories of the given test branches only: other test files change the seeded ones' counts meanwhile. */
const branchesOf = async (...roots: string[]): Promise<AdminCategory[]> =>
  (await listCategories()).filter((category) => roots.some((root) => category.slug.startsWith(root)));
const categoryNamed = async (slug: string): Promise<AdminCategory | undefined> => (await listCategories()).find((category) => category.slug === slug);

const createCategory = async (slug: string, parent?: string, extra: Record<string, unknown> = {}) => {
  const response = await asMerchant('/api/admin/categories', 'POST', { slug, name: { fr: `Catégorie ${slug}`, en: `Category ${slug}` }, ...(parent ? { parent } : {}), ...extra });
  if (response.status === 201) createdCategories.push(slug);
  return response;
};
/** A fresh top-level category with `children` sub-categories: `[root, ...children]` slugs. */
const branch = async (children = 0): Promise<string[]> => {
  const root = `test-cat-${unique()}`;
  expect((await createCategory(root)).status).toBe(201);
  const slugs = [root];
  for (let index = 1; index <= children; index++) {
    expect((await createCategory(`${root}-${index}`, root)).status).toBe(201);
    slugs.push(`${root}-${index}`);
  }
  return slugs;
};

const productBody = (category: string, status = 'active') => {
  const suffix = unique();
  return {
    slug: `article-cat-${suffix}`,
    title: { fr: `Article ${suffix}`, en: `Item ${suffix}` },
    description: { fr: 'Pour les tests de catégories.', en: 'For category tests.' },
    category,
    brand: 'Atelier Test',
    kind: 'physical',
    images: [],
    attributes: {},
    status,
    variants: [{ sku: `CAT-${suffix.toUpperCase()}`, options: {}, price: 1500, vatRate: 2000, weightGrams: 200, stock: 3 }],
  };
};
const createProduct = async (category: string, status = 'active') => {
  const response = await asMerchant('/api/admin/products', 'POST', productBody(category, status));
  if (response.status === 201) createdProducts.push(response.json.product.id);
  return response;
};

const shopperTree = async (): Promise<ShopperCategory[]> => (await api('/api/categories')).json.categories;
const flatten = (nodes: ShopperCategory[]): string[] => nodes.flatMap((node) => [node.slug, ...flatten(node.children)]);
const shopperSees = async (slug: string): Promise<boolean> => flatten(await shopperTree()).includes(slug);

// Leave the shared stack's storefront as it was: every test category archived, deepest first.
afterAll(async () => {
  for (const id of createdProducts) await asMerchant(`/api/admin/products/${id}`, 'PATCH', { status: 'archived' });
  const current = new Map((await listCategories()).map((category) => [category.slug, category]));
  const depth = (slug: string): number => (current.get(slug)?.parent ? 1 + depth(current.get(slug)!.parent!) : 0);
  for (const slug of [...createdCategories].sort((a, b) => depth(b) - depth(a))) {
    const category = current.get(slug);
    if (category?.status === 'active') await asMerchant(`/api/admin/categories/${slug}/archive`, 'POST', { version: category.version });
  }
});

describe('GET /api/admin/categories', () => {
  it('lists every category, parents before their children, with what each holds', async () => {
    const categories = await listCategories();
    const slugs = categories.map((category) => category.slug);
    expect(slugs.indexOf('vetements')).toBeLessThan(slugs.indexOf('robes'));
    expect(slugs.indexOf('robes')).toBeLessThan(slugs.indexOf('chaussures'));
    const clothing = categories.find((category) => category.slug === 'vetements')!;
    expect(clothing).toMatchObject({ parent: null, status: 'active', version: 1, childCount: 4 });
    expect(categories.find((category) => category.slug === 'robes')).toMatchObject({ parent: 'vetements', position: 1, productCount: expect.any(Number) });
  });

  it('counts the non-archived products directly in a category as they come, move and go', async () => {
    const [root, child] = await branch(1);
    const draft = await createProduct(child!, 'draft');
    const active = await createProduct(child!);
    expect((await categoryNamed(child!))).toMatchObject({ productCount: 2, childCount: 0 });
    expect((await categoryNamed(root!))).toMatchObject({ productCount: 0, childCount: 1 });

    expect((await asMerchant(`/api/admin/products/${draft.json.product.id}`, 'PATCH', { category: root })).status).toBe(200);
    expect((await asMerchant(`/api/admin/products/${active.json.product.id}`, 'PATCH', { status: 'archived' })).status).toBe(200);
    expect((await categoryNamed(child!))?.productCount).toBe(0);
    expect((await categoryNamed(root!))?.productCount).toBe(1);
    expect((await asMerchant(`/api/admin/products/${active.json.product.id}`, 'PATCH', { status: 'active' })).status).toBe(200);
    expect((await categoryNamed(child!))?.productCount).toBe(1);
  });
});

describe('POST /api/admin/categories', () => {
  it('creates a category after its last sibling, which shoppers soon see under its parent', async () => {
    const [root, first] = await branch(1);
    const slug = `${root}-nouvelle`;
    const response = await createCategory(slug, root);
    expect(response.status).toBe(201);
    expect(response.json.category).toMatchObject({ slug, parent: root, position: 2, status: 'active', version: 1, productCount: 0, childCount: 0 });
    const categories = await listCategories();
    expect(categories.filter((category) => category.parent === root).map((category) => category.slug)).toEqual([first, slug]);
    const tree = await eventually(shopperTree, (nodes) => nodes.find((node) => node.slug === root)?.children.some((node) => node.slug === slug) ?? false);
    expect(tree.find((node) => node.slug === root)?.children.map((node) => node.slug)).toEqual([first, slug]);
  });

  it('refuses a taken slug, an unknown or archived parent and a fourth level, changing nothing', async () => {
    const [root, child] = await branch(1);
    const grandchild = `${root}-1-1`;
    expect((await createCategory(grandchild, child)).status).toBe(201);
    const before = await branchesOf(root!);

    const taken = await createCategory(child!, root);
    expect(taken.status).toBe(409);
    expect(taken.json.error).toMatchObject({ code: 'category_slug_taken', details: { slug: child } });
    const unknown = await createCategory(`${root}-orpheline`, 'nulle-part-du-tout');
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.code).toBe('unknown_parent');
    const tooDeep = await createCategory(`${root}-trop-bas`, grandchild);
    expect(tooDeep.status).toBe(422);
    expect(tooDeep.json.error).toMatchObject({ code: 'category_too_deep', details: { maxDepth: 3 } });

    const archivedParent = (await branch())[0]!;
    const archived = await asMerchant(`/api/admin/categories/${archivedParent}/archive`, 'POST', { version: 1 });
    expect(archived.status).toBe(200);
    const underArchived = await createCategory(`${archivedParent}-1`, archivedParent);
    expect(underArchived.status).toBe(422);
    expect(underArchived.json.error.code).toBe('parent_archived');

    expect(await branchesOf(root!)).toEqual(before);
    expect((await branchesOf(archivedParent)).map((category) => category.slug)).toEqual([archivedParent]);
  });

  it('names every invalid field and creates nothing', async () => {
    const slug = `Pas Un Slug ${unique()}`;
    const response = await asMerchant('/api/admin/categories', 'POST', { slug, name: { fr: '', en: 'x' }, position: -1, colour: 'red' });
    expect(response.status).toBe(400);
    const paths = response.json.error.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['body.slug', 'body.name.fr', 'body.position']));
    expect((await listCategories()).some((category) => category.slug === slug)).toBe(false);
  });
});

describe('PATCH /api/admin/categories/{slug}', () => {
  it('renames with optimistic locking: a stale version gets 409 and changes nothing', async () => {
    const [root] = await branch();
    const renamed = await asMerchant(`/api/admin/categories/${root}`, 'PATCH', { version: 1, name: { fr: 'Nouveautés', en: 'New in' } });
    expect(renamed.status).toBe(200);
    expect(renamed.json.category).toMatchObject({ name: { fr: 'Nouveautés', en: 'New in' }, version: 2 });
    const stale = await asMerchant(`/api/admin/categories/${root}`, 'PATCH', { version: 1, name: { fr: 'Perdu', en: 'Lost' } });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    expect(await categoryNamed(root!)).toMatchObject({ name: { fr: 'Nouveautés' }, version: 2 });
    const fr = await eventually(
      async () => (await api('/api/categories?locale=fr')).json.categories as Array<{ slug: string; name: string }>,
      (nodes) => nodes.find((node) => node.slug === root)?.name === 'Nouveautés',
    );
    expect(fr.find((node) => node.slug === root)?.name).toBe('Nouveautés');
  });

  it('moves a category under another parent (after its new siblings) and back to the top level', async () => {
    const [a, a1] = await branch(1);
    const [b, b1] = await branch(1);
    const moved = await asMerchant(`/api/admin/categories/${a1}`, 'PATCH', { version: 1, parent: b });
    expect(moved.status).toBe(200);
    expect(moved.json.category).toMatchObject({ parent: b, position: 2, version: 2 });
    expect((await listCategories()).filter((category) => category.parent === b).map((category) => category.slug)).toEqual([b1, a1]);
    expect((await categoryNamed(a!))?.childCount).toBe(0);
    const top = await asMerchant(`/api/admin/categories/${a1}`, 'PATCH', { version: 2, parent: null });
    expect(top.status).toBe(200);
    expect(top.json.category).toMatchObject({ parent: null, version: 3 });
    await eventually(shopperTree, (nodes) => nodes.some((node) => node.slug === a1));
    expect((await shopperTree()).some((node) => node.slug === a1)).toBe(true);
  });

  it('refuses a move under itself, a descendant, an unknown parent or too deep, changing nothing', async () => {
    const [root, child] = await branch(1);
    const grandchild = `${root}-1-1`;
    expect((await createCategory(grandchild, child)).status).toBe(201);
    const [other, otherChild] = await branch(1);
    const before = await branchesOf(root!, other!);

    for (const [slug, parent, code] of [
      [root, root, 'category_cycle'],
      [root, grandchild, 'category_cycle'],
      [child, grandchild, 'category_cycle'],
      [root, 'nulle-part-du-tout', 'unknown_parent'],
      // root is 3 levels deep with its subtree: under any other category it would make 4
      [root, other, 'category_too_deep'],
      [child, otherChild, 'category_too_deep'],
    ] as const) {
      const response = await asMerchant(`/api/admin/categories/${slug}`, 'PATCH', { version: 1, parent });
      expect(response.status, `${slug} under ${parent}`).toBe(422);
      expect(response.json.error.code, `${slug} under ${parent}`).toBe(code);
    }
    expect(await branchesOf(root!, other!)).toEqual(before);
  });

  it('answers 404 for an unknown category and 400 for an empty change', async () => {
    const missing = await asMerchant(`/api/admin/categories/nulle-part-${unique()}`, 'PATCH', { version: 1, position: 3 });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('category_not_found');
    const [root] = await branch();
    const empty = await asMerchant(`/api/admin/categories/${root}`, 'PATCH', { version: 1 });
    expect(empty.status).toBe(400);
    expect(empty.json.error.details[0].code).toBe('nothing_to_change');
    expect((await categoryNamed(root!))?.version).toBe(1);
  });

  it('lets only one of two crossing moves win, so the tree never loops', async () => {
    const [, left, right] = await branch(2);
    const [first, second] = await Promise.all([
      asMerchant(`/api/admin/categories/${left}`, 'PATCH', { version: 1, parent: right }),
      asMerchant(`/api/admin/categories/${right}`, 'PATCH', { version: 1, parent: left }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 422]);
    const categories = await listCategories();
    const parentOf = (slug: string) => categories.find((category) => category.slug === slug)?.parent;
    expect(parentOf(left!) === right && parentOf(right!) === left).toBe(false);
  });
});

describe('POST /api/admin/categories/reorder', () => {
  it('puts the children in the given order, which shoppers then see', async () => {
    const [root, c1, c2, c3] = await branch(3);
    const response = await asMerchant('/api/admin/categories/reorder', 'POST', { parent: root, slugs: [c3, c1, c2] });
    expect(response.status).toBe(200);
    expect(response.json.categories.map((category: AdminCategory) => [category.slug, category.position])).toEqual([
      [c3, 1],
      [c1, 2],
      [c2, 3],
    ]);
    expect((await listCategories()).filter((category) => category.parent === root).map((category) => category.slug)).toEqual([c3, c1, c2]);
    const tree = await eventually(shopperTree, (nodes) => nodes.find((node) => node.slug === root)?.children[0]?.slug === c3);
    expect(tree.find((node) => node.slug === root)?.children.map((node) => node.slug)).toEqual([c3, c1, c2]);
  });

  it('refuses a list that is not exactly the current children, changing nothing', async () => {
    const [root, c1, c2] = await branch(2);
    const before = await branchesOf(root!);
    for (const slugs of [[c2], [c2, c1, 'robes'], [c2, c2], [c2, 'robes']]) {
      const response = await asMerchant('/api/admin/categories/reorder', 'POST', { parent: root, slugs });
      expect(response.status, slugs.join(',')).toBe(422);
      expect(response.json.error).toMatchObject({ code: 'reorder_mismatch', details: { parent: root, expected: [c1, c2] } });
    }
    const unknown = await asMerchant('/api/admin/categories/reorder', 'POST', { parent: `nulle-part-${unique()}`, slugs: [c1] });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.code).toBe('unknown_parent');
    expect(await branchesOf(root!)).toEqual(before);
  });
});

describe('archive and restore', () => {
  it('refuses to archive a category that still holds products or sub-categories, changing nothing', async () => {
    const [root, child] = await branch(1);
    const product = await createProduct(child!);
    const withProduct = await asMerchant(`/api/admin/categories/${child}/archive`, 'POST', { version: 1 });
    expect(withProduct.status).toBe(409);
    expect(withProduct.json.error).toMatchObject({ code: 'category_not_empty', details: { productCount: 1, childCount: 0 } });
    const withChild = await asMerchant(`/api/admin/categories/${root}/archive`, 'POST', { version: 1 });
    expect(withChild.status).toBe(409);
    expect(withChild.json.error).toMatchObject({ code: 'category_not_empty', details: { productCount: 0, childCount: 1 } });
    expect((await categoryNamed(child!))).toMatchObject({ status: 'active', version: 1 });
    expect((await categoryNamed(root!))).toMatchObject({ status: 'active', version: 1 });
    expect((await api(`/api/products/${product.json.product.slug}`)).status).toBe(200);
  });

  it('archives an emptied category: shoppers lose it, products can no longer go in; restore brings it back', async () => {
    const [root, child] = await branch(1);
    const product = await createProduct(child!);
    expect((await asMerchant(`/api/admin/products/${product.json.product.id}`, 'PATCH', { status: 'archived' })).status).toBe(200);
    await eventually(() => shopperSees(child!), Boolean);

    const archived = await asMerchant(`/api/admin/categories/${child}/archive`, 'POST', { version: 1 });
    expect(archived.status).toBe(200);
    expect(archived.json.category).toMatchObject({ status: 'archived', version: 2 });
    expect(await eventually(() => shopperSees(child!), (seen) => !seen)).toBe(false);
    expect((await api(`/api/products?category=${child}`)).json.items).toEqual([]);
    expect(await categoryNamed(root!)).toMatchObject({ childCount: 0 });
    expect((await asMerchant(`/api/admin/categories/${child}/archive`, 'POST', { version: 2 })).json.category.version).toBe(2);

    const refused = await createProduct(child!);
    expect(refused.status).toBe(400);
    expect(refused.json.error.details.map((detail: { code: string }) => detail.code)).toContain('unknown_category');
    const other = await createProduct(root!);
    const moveIn = await asMerchant(`/api/admin/products/${other.json.product.id}`, 'PATCH', { category: child });
    expect(moveIn.status).toBe(400);
    const unarchive = await asMerchant(`/api/admin/products/${product.json.product.id}`, 'PATCH', { status: 'active' });
    expect(unarchive.status).toBe(400);
    expect(await categoryNamed(child!)).toMatchObject({ status: 'archived', productCount: 0 });

    const stale = await asMerchant(`/api/admin/categories/${child}/restore`, 'POST', { version: 1 });
    expect(stale.status).toBe(409);
    const restored = await asMerchant(`/api/admin/categories/${child}/restore`, 'POST', { version: 2 });
    expect(restored.status).toBe(200);
    expect(restored.json.category).toMatchObject({ status: 'active', version: 3 });
    expect(await eventually(() => shopperSees(child!), Boolean)).toBe(true);
    expect((await createProduct(child!)).status).toBe(201);
  });

  it('restores a sub-category only under an active parent', async () => {
    const [root, child] = await branch(1);
    expect((await asMerchant(`/api/admin/categories/${child}/archive`, 'POST', { version: 1 })).status).toBe(200);
    expect((await asMerchant(`/api/admin/categories/${root}/archive`, 'POST', { version: 1 })).status).toBe(200);
    const refused = await asMerchant(`/api/admin/categories/${child}/restore`, 'POST', { version: 2 });
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('parent_archived');
    expect(await categoryNamed(child!)).toMatchObject({ status: 'archived', version: 2 });
  });

  it('never leaves a product in a category archived at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const [root] = await branch();
      const [archive, product] = await Promise.all([asMerchant(`/api/admin/categories/${root}/archive`, 'POST', { version: 1 }), createProduct(root!)]);
      const category = await categoryNamed(root!);
      if (archive.status === 200) {
        expect(product.status).toBe(400);
        expect(category).toMatchObject({ status: 'archived', productCount: 0 });
      } else {
        expect(archive.json.error.code).toBe('category_not_empty');
        expect(product.status).toBe(201);
        expect(category).toMatchObject({ status: 'active', productCount: 1 });
      }
    }
  });
});
