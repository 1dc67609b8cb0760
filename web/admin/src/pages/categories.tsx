import { useEffect, useRef, useState } from 'preact/hooks';
import { maxCategoryDepth } from '#shared/domain/catalog/category-rules.ts';
import {
  archiveCategory,
  createCategory,
  listCategories,
  reorderCategories,
  restoreCategory,
  updateCategory,
  type AdminCategory,
  type CategoryChanges,
  type NewCategory,
} from '../api/categories.ts';
import { AdminPage } from '../components/admin-page.tsx';
import { Notice, type NoticeValue } from '../components/notice.tsx';
import { errorText } from '../i18n/error-text.ts';
import { useAdminI18n } from '../i18n/i18n.tsx';
import { actionId, CategoryList, type RowAction } from './categories/category-list.tsx';
import { CreateCategoryForm } from './categories/create-form.tsx';
import { EditCategoryForm } from './categories/edit-form.tsx';
import { nestedTree, swappedOrder } from './categories/tree-model.ts';

/** The merchant's category tree: create, rename and move, reorder, archive and restore, each with its outcome announced. */
export default function CategoriesPage() {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  const [categories, setCategories] = useState<AdminCategory[]>();
  const [loadError, setLoadError] = useState<unknown>();
  const [notice, setNotice] = useState<NoticeValue>();
  const [editing, setEditing] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Buttons are disabled while a change runs, which drops the focus: it goes back to the first of these that can take it.
  const focusNext = useRef<string[]>([]);

  const reload = async () => {
    try {
      setCategories(await listCategories());
      setLoadError(undefined);
    } catch (error) {
      setLoadError(error);
    }
  };
  useEffect(() => {
    void reload();
  }, []);
  useEffect(() => {
    if (busy) return;
    const target = focusNext.current.map((id) => document.getElementById(id)).find((element) => element && !(element as HTMLButtonElement).disabled);
    focusNext.current = [];
    target?.focus();
  }, [categories, busy]);

  /**
   * Runs a change, reloads the tree (fresh versions, or the state that refused it), then announces
   * the outcome together with `onDone` (a form clearing itself); resolves with the refusal if any.
   */
  const run = async (change: () => Promise<string>, focus: string[] = [], onDone?: () => void): Promise<unknown> => {
    setBusy(true);
    let outcome: NoticeValue;
    let refusal: unknown;
    try {
      outcome = { kind: 'success', text: await change() };
    } catch (error) {
      refusal = error;
      outcome = { kind: 'error', text: errorText(error, i18n) };
    }
    await reload();
    if (refusal === undefined) onDone?.();
    setNotice(outcome);
    focusNext.current = focus;
    setBusy(false);
    return refusal;
  };

  const nameOf = (category: Pick<AdminCategory, 'name'>) => category.name[locale];

  const create = (input: NewCategory, clear: () => void) => run(async () => t('categories.create.done', { name: nameOf(await createCategory(input)) }), [], clear);

  const save = (category: AdminCategory, changes: CategoryChanges) =>
    run(async () => {
      const saved = await updateCategory(category.slug, category.version, changes);
      return t('categories.edit.done', { name: nameOf(saved) });
    }, [actionId(category.slug, 'edit')], () => setEditing(undefined));

  const act = (category: AdminCategory, action: RowAction) => {
    const slug = category.slug;
    switch (action) {
      case 'edit':
        setEditing(editing === slug ? undefined : slug);
        return;
      case 'up':
      case 'down': {
        const order = swappedOrder(categories ?? [], slug, action === 'up' ? -1 : 1);
        if (!order) return;
        void run(
          async () => {
            const children = await reorderCategories(order.parent, order.slugs);
            return t('categories.reorder.done', { name: nameOf(category), position: children.findIndex((child) => child.slug === slug) + 1, count: children.length });
          },
          [actionId(slug, action), actionId(slug, action === 'up' ? 'down' : 'up')],
        );
        return;
      }
      case 'archive':
        void run(async () => t('categories.archive.done', { name: nameOf(await archiveCategory(slug, category.version)) }), [actionId(slug, 'restore'), actionId(slug, 'archive')]);
        return;
      case 'restore':
        void run(async () => t('categories.restore.done', { name: nameOf(await restoreCategory(slug, category.version)) }), [actionId(slug, 'archive'), actionId(slug, 'restore')]);
    }
  };

  const closeEditor = (slug: string) => {
    setEditing(undefined);
    requestAnimationFrame(() => document.getElementById(actionId(slug, 'edit'))?.focus());
  };

  return (
    <AdminPage title={t('categories.title')}>
      <p>{t('categories.intro', { maxDepth: maxCategoryDepth })}</p>
      <div style={{ position: 'sticky', top: 0, zIndex: 5, background: '#fff' }}>
        <Notice notice={notice} />
      </div>
      {loadError !== undefined && (
        <>
          <Notice notice={{ kind: 'error', text: errorText(loadError, i18n) }} />
          <button type="button" onClick={() => void reload()}>
            {t('categories.reload')}
          </button>
        </>
      )}
      {categories === undefined ? (
        loadError === undefined && <p aria-busy="true">{t('categories.loading')}</p>
      ) : (
        <>
          <CreateCategoryForm categories={categories} busy={busy} onCreate={create} />
          <h2>{t('categories.tree.title')}</h2>
          {categories.length === 0 ? (
            <p>{t('categories.tree.empty')}</p>
          ) : (
            <CategoryList
              nodes={nestedTree(categories)}
              busy={busy}
              editing={editing}
              onAction={act}
              label={t('categories.tree.label')}
              editor={(category) => (
                <EditCategoryForm category={category} categories={categories} busy={busy} onSave={(changes) => save(category, changes)} onCancel={() => closeEditor(category.slug)} />
              )}
            />
          )}
        </>
      )}
    </AdminPage>
  );
}
