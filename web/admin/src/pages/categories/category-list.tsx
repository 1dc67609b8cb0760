import type { ComponentChildren } from 'preact';
import type { AdminCategory } from '../../api/categories.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { CategoryNode } from './tree-model.ts';

export type RowAction = 'up' | 'down' | 'edit' | 'archive' | 'restore';

/** Id of a row's button, so the page can give the focus back to it after the list reloads. */
export const actionId = (slug: string, action: RowAction) => `categorie-${slug}-${action}`;

interface Props {
  nodes: CategoryNode[];
  busy: boolean;
  editing: string | undefined;
  onAction: (category: AdminCategory, action: RowAction) => void;
  /** The edit form of the category being edited, shown in its row. */
  editor: (category: AdminCategory) => ComponentChildren;
  label?: string;
}

/** The tree as nested lists; each row names the category, what it holds, and its actions. */
export function CategoryList({ nodes, busy, editing, onAction, editor, label }: Props) {
  const { t, locale } = useAdminI18n();
  return (
    <ul class="category-tree" aria-label={label} style={label ? { paddingLeft: 0, listStyle: 'none' } : { listStyle: 'none', paddingLeft: '1.5rem', borderLeft: '2px solid var(--line)' }}>
      {nodes.map(({ category, children }, index) => {
        const name = category.name[locale];
        const archived = category.status === 'archived';
        const button = (action: RowAction, text: string, disabled = false, extra?: string) => (
          <button type="button" id={actionId(category.slug, action)} class={extra} disabled={busy || disabled} onClick={() => onAction(category, action)}>
            {text}
            <span class="visually-hidden"> {name}</span>
          </button>
        );
        return (
          <li key={category.slug} style={{ margin: '0.5rem 0' }}>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', alignItems: 'center', padding: '0.4rem 0', borderBottom: '1px solid var(--line)' }}>
              <span style={{ fontWeight: 700, color: archived ? 'var(--muted)' : undefined }}>{name}</span>
              <code>{category.slug}</code>
              {archived && <span class="status">{t('categories.status.archived')}</span>}
              <span style={{ color: 'var(--muted)', fontSize: '0.9rem' }}>{t('categories.contents', { products: category.productCount, children: category.childCount })}</span>
              <div class="actions" style={{ margin: '0 0 0 auto' }}>
                {button('up', t('categories.moveUp'), index === 0)}
                {button('down', t('categories.moveDown'), index === nodes.length - 1)}
                {button('edit', t('categories.edit'))}
                {archived ? button('restore', t('categories.restore')) : button('archive', t('categories.archive'), false, 'danger')}
              </div>
            </div>
            {editing === category.slug && editor(category)}
            {children.length > 0 && <CategoryList nodes={children} busy={busy} editing={editing} onAction={onAction} editor={editor} />}
          </li>
        );
      })}
    </ul>
  );
}
