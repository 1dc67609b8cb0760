import { useState } from 'preact/hooks';
import { updateProduct, type Product, type ProductStatus } from '../../api/products.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { AdminMessageKey } from '../../i18n/dictionaries.ts';

const actions: Array<{ status: ProductStatus; label: AdminMessageKey; done: AdminMessageKey }> = [
  { status: 'active', label: 'products.publication.publish', done: 'products.publication.published' },
  { status: 'draft', label: 'products.publication.draft', done: 'products.publication.drafted' },
  { status: 'archived', label: 'products.publication.archive', done: 'products.publication.archived' },
];

/** The product's status and the moves from it: publish, back to draft, archive (each checked against the loaded version). */
export function Publication({ product, onChanged, onFailed }: { product: Product; onChanged: (product: Product, message: string) => void; onFailed: (error: unknown) => void }) {
  const { t } = useAdminI18n();
  const [busy, setBusy] = useState(false);
  const move = async (status: ProductStatus, done: AdminMessageKey) => {
    setBusy(true);
    try {
      const answer = await updateProduct(product.id, { status, version: product.version });
      onChanged(answer.product, t(done));
    } catch (error) {
      onFailed(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="publication-title" class="publication">
      <h2 id="publication-title">{t('products.section.status')}</h2>
      <p>{t('products.publication.current', { status: t(`products.status.${product.status}`) })}</p>
      <p class="hint">{t('products.publication.hint')}</p>
      <div class="actions">
        {actions
          .filter((action) => action.status !== product.status)
          .map((action) => (
            <button key={action.status} type="button" class={action.status === 'active' ? 'primary' : action.status === 'archived' ? 'danger' : undefined} disabled={busy} onClick={() => void move(action.status, action.done)}>
              {t(action.label)}
            </button>
          ))}
      </div>
    </section>
  );
}
