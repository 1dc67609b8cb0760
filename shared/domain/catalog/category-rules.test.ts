import { describe, expect, it } from 'vitest';
import {
  applyCategoryChanges,
  archiveBlockers,
  CategoryTree,
  isCompleteReorder,
  moveTarget,
  placementProblem,
  restoreProblem,
} from './category-rules.ts';
import type { Category } from './model.ts';

const at = '2026-01-01T00:00:00.000Z';
const category = (slug: string, parent?: string, overrides: Partial<Category> = {}): Category => ({
  slug,
  ...(parent ? { parent } : {}),
  name: { fr: slug, en: slug },
  position: 1,
  updatedAt: at,
  ...overrides,
});

// vetements > robes > robes-longues ; vetements > pulls ; maison (archived) > vieux
const tree = () =>
  new CategoryTree([
    category('robes-longues', 'robes'),
    category('vetements', undefined, { position: 1 }),
    category('robes', 'vetements', { position: 2 }),
    category('pulls', 'vetements', { position: 1 }),
    category('maison', undefined, { position: 2, status: 'archived' }),
    category('vieux', 'maison', { status: 'archived' }),
  ]);

describe('CategoryTree', () => {
  it('orders parents before children and siblings by position', () => {
    expect(tree().inTreeOrder().map((entry) => entry.slug)).toEqual(['vetements', 'pulls', 'robes', 'robes-longues', 'maison', 'vieux']);
  });

  it('measures depth from the top and height from the leaves', () => {
    expect(tree().depthOf('vetements')).toBe(1);
    expect(tree().depthOf('robes-longues')).toBe(3);
    expect(tree().heightOf('vetements')).toBe(3);
    expect(tree().heightOf('pulls')).toBe(1);
  });

  it('shows a category whose parent is missing at the top level', () => {
    const orphaned = new CategoryTree([category('seule', 'disparue')]);
    expect(orphaned.childrenOf(null).map((entry) => entry.slug)).toEqual(['seule']);
  });

  it('places new categories after the last sibling', () => {
    expect(tree().nextPosition('vetements')).toBe(3);
    expect(tree().nextPosition('pulls')).toBe(1);
    expect(tree().nextPosition(null)).toBe(3);
  });
});

describe('placementProblem', () => {
  it('accepts a new category under an active parent within the depth limit', () => {
    expect(placementProblem(tree(), 'nouvelle', 'robes')).toBeUndefined();
    expect(placementProblem(tree(), 'nouvelle', null)).toBeUndefined();
  });

  it('refuses an unknown or archived parent', () => {
    expect(placementProblem(tree(), 'nouvelle', 'nulle-part')).toBe('unknown_parent');
    expect(placementProblem(tree(), 'nouvelle', 'maison')).toBe('parent_archived');
  });

  it('lets an archived category move under an archived parent', () => {
    const withSpare = new CategoryTree([...tree().categories, category('rangee', undefined, { status: 'archived' })]);
    expect(placementProblem(withSpare, 'rangee', 'maison')).toBeUndefined();
  });

  it('refuses a fourth level, counting the subtree that moves along', () => {
    expect(placementProblem(tree(), 'nouvelle', 'robes-longues')).toBe('category_too_deep');
    expect(placementProblem(tree(), 'robes', 'pulls')).toBe('category_too_deep');
    expect(placementProblem(tree(), 'pulls', 'robes')).toBeUndefined();
  });

  it('refuses moving a category under itself or one of its descendants', () => {
    expect(placementProblem(tree(), 'vetements', 'vetements')).toBe('category_cycle');
    expect(placementProblem(tree(), 'vetements', 'robes-longues')).toBe('category_cycle');
    expect(placementProblem(tree(), 'robes', 'robes-longues')).toBe('category_cycle');
  });
});

describe('isCompleteReorder', () => {
  it('accepts exactly the current children in a new order', () => {
    expect(isCompleteReorder(tree(), 'vetements', ['robes', 'pulls'])).toBe(true);
    expect(isCompleteReorder(tree(), null, ['maison', 'vetements'])).toBe(true);
  });

  it('refuses a missing, extra, repeated or foreign child', () => {
    expect(isCompleteReorder(tree(), 'vetements', ['robes'])).toBe(false);
    expect(isCompleteReorder(tree(), 'vetements', ['robes', 'pulls', 'vieux'])).toBe(false);
    expect(isCompleteReorder(tree(), 'vetements', ['robes', 'robes'])).toBe(false);
    expect(isCompleteReorder(tree(), 'vetements', ['robes', 'maison'])).toBe(false);
  });
});

describe('archiveBlockers', () => {
  it('names the products and active sub-categories still inside', () => {
    expect(archiveBlockers(tree(), 'vetements', 0)).toEqual({ productCount: 0, childCount: 2 });
    expect(archiveBlockers(tree(), 'pulls', 4)).toEqual({ productCount: 4, childCount: 0 });
  });

  it('lets an empty category go, archived sub-categories included', () => {
    expect(archiveBlockers(tree(), 'pulls', 0)).toBeUndefined();
    expect(archiveBlockers(tree(), 'maison', 0)).toBeUndefined();
  });
});

describe('restoreProblem', () => {
  it('needs an active parent', () => {
    expect(restoreProblem(tree(), 'vieux')).toBe('parent_archived');
    expect(restoreProblem(tree(), 'maison')).toBeUndefined();
    expect(restoreProblem(new CategoryTree([category('seule', 'disparue', { status: 'archived' })]), 'seule')).toBe('unknown_parent');
  });
});

describe('applyCategoryChanges', () => {
  it('bumps the version (seeded categories count as version 1) and the change time', () => {
    const next = applyCategoryChanges(category('robes', 'vetements'), { name: { fr: 'Robes', en: 'Dresses' } }, '2026-02-01T00:00:00.000Z');
    expect(next).toMatchObject({ slug: 'robes', parent: 'vetements', name: { fr: 'Robes' }, status: 'active', version: 2, updatedAt: '2026-02-01T00:00:00.000Z' });
  });

  it('moves the change time forward even when the clock runs behind the last change', () => {
    const next = applyCategoryChanges(category('robes', undefined, { updatedAt: '2026-03-01T00:00:00.000Z' }), { position: 2 }, at);
    expect(next.updatedAt).toBe('2026-03-01T00:00:00.001Z');
  });

  it('moves to the top level with a null parent', () => {
    const next = applyCategoryChanges(category('robes', 'vetements', { version: 4 }), { parent: null, position: 7 }, at);
    expect(next.parent).toBeUndefined();
    expect(next).toMatchObject({ position: 7, version: 5 });
  });

  it('tells a real move from an unchanged parent', () => {
    expect(moveTarget(category('robes', 'vetements'), 'vetements')).toBeUndefined();
    expect(moveTarget(category('robes', 'vetements'), undefined)).toBeUndefined();
    expect(moveTarget(category('robes', 'vetements'), null)).toBeNull();
    expect(moveTarget(category('robes', 'vetements'), 'maison')).toBe('maison');
    expect(moveTarget(category('robes'), null)).toBeUndefined();
  });
});
