/** Discount codes (/admin/codes-promo): the list by state with usage, creation, edits, switching codes on and off. */
import { useEffect, useState } from 'preact/hooks';
import { discountStates, getDiscount, listDiscounts, updateDiscount, type AdminDiscount, type AdminDiscountDetail, type DiscountState } from '../api/discounts.ts';
import { AdminPage } from '../components/admin-page.tsx';
import { Field } from '../components/field.tsx';
import { Notice, type NoticeValue } from '../components/notice.tsx';
import { errorText } from '../i18n/error-text.ts';
import { useAdminI18n } from '../i18n/i18n.tsx';
import { DiscountForm } from './discounts/discount-form.tsx';
import { DiscountTable, editButtonId } from './discounts/discount-table.tsx';

const pageSize = 25;

export default function DiscountsPage() {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const [state, setState] = useState<DiscountState | ''>('');
  const [items, setItems] = useState<AdminDiscount[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const [editing, setEditing] = useState<AdminDiscountDetail | undefined>();
  const [busyCode, setBusyCode] = useState<string | undefined>();

  const load = async (cursor?: string) => {
    setLoading(true);
    try {
      const page = await listDiscounts({ status: state || undefined, cursor, limit: pageSize });
      setItems((current) => (cursor ? [...current, ...page.items] : page.items));
      setNextCursor(page.nextCursor);
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, i18n) });
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load();
  }, [state]);

  const replace = (discount: AdminDiscount) => setItems((current) => current.map((item) => (item.code === discount.code ? discount : item)));

  const startEditing = async (code: string) => {
    setNotice(undefined);
    try {
      setEditing((await getDiscount(code)).discount);
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, i18n) });
    }
  };

  const stopEditing = (code: string) => {
    setEditing(undefined);
    // Back to where the merchant was: the row's edit button.
    requestAnimationFrame(() => document.getElementById(editButtonId(code))?.focus());
  };

  const toggle = async (discount: AdminDiscount) => {
    setBusyCode(discount.code);
    setNotice(undefined);
    try {
      const { discount: changed } = await updateDiscount(discount.code, discount.version, { active: !discount.active });
      replace(changed);
      if (editing?.code === changed.code) setEditing(undefined);
      setNotice({ kind: 'success', text: t(changed.active ? 'discounts.enabled' : 'discounts.disabled', { code: changed.code }) });
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, i18n) });
      // A stale row (edited elsewhere) is refreshed so that the next attempt uses the current version.
      void load();
    } finally {
      setBusyCode(undefined);
    }
  };

  const done = (discount: AdminDiscount, outcome: 'created' | 'saved') => {
    if (outcome === 'created') return void load();
    replace(discount);
    setNotice({ kind: 'success', text: t('discounts.saved', { code: discount.code }) });
    stopEditing(discount.code);
  };

  return (
    <AdminPage title={t('discounts.title')}>
      <section aria-labelledby="discount-list-title">
        <h2 id="discount-list-title">{t('discounts.list.title')}</h2>
        {/* A short select, not one stretched across the page. */}
        <div style={{ maxWidth: '20rem' }}>
          <Field label={t('discounts.filter.state')}>
            <select name="state" value={state} onChange={(event) => setState(event.currentTarget.value as DiscountState | '')}>
              <option value="">{t('discounts.filter.all')}</option>
              {discountStates.map((option) => (
                <option key={option} value={option}>
                  {t(`discounts.state.${option}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Notice notice={notice} />
        <div aria-busy={loading}>
          {items.length > 0 && <DiscountTable items={items} busyCode={busyCode} onEdit={(code) => void startEditing(code)} onToggle={(discount) => void toggle(discount)} />}
          {loading && <p>{t('common.loading')}</p>}
          {!loading && !items.length && <p>{t(state ? 'discounts.emptyFiltered' : 'discounts.empty')}</p>}
          {nextCursor && !loading && (
            <button type="button" onClick={() => void load(nextCursor)}>
              {t('discounts.loadMore')}
            </button>
          )}
        </div>
      </section>
      <DiscountForm editing={editing} onDone={done} onCancel={() => editing && stopEditing(editing.code)} />
    </AdminPage>
  );
}
