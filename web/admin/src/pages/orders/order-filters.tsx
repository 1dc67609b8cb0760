import { useEffect, useState } from 'preact/hooks';
import { orderStatuses } from '../../api/orders.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { filterProblem, noFilters, type OrderFilters } from './list-query.ts';

/** Status, date range and buyer email; applied on submit (the status at once), kept by the page in the address. */
export function OrderFiltersForm({ filters, emailError, onApply }: { filters: OrderFilters; emailError?: string | undefined; onApply: (filters: OrderFilters) => void }) {
  const { t } = useAdminI18n();
  const [draft, setDraft] = useState(filters);
  const [datesError, setDatesError] = useState<string | undefined>();
  useEffect(() => setDraft(filters), [filters.status, filters.from, filters.to, filters.email]);
  const apply = (next: OrderFilters) => {
    const cleaned = { ...next, email: next.email.trim() };
    if (filterProblem(cleaned) === 'dates_reversed') return setDatesError(t('orders.filter.datesReversed'));
    setDatesError(undefined);
    onApply(cleaned);
  };
  const set = (field: keyof OrderFilters) => (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) => setDraft({ ...draft, [field]: event.currentTarget.value });
  const filtered = filters.status || filters.from || filters.to || filters.email;
  return (
    <form
      role="search"
      aria-label={t('orders.filter.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        apply(draft);
      }}
    >
      <div class="form-row">
        <Field label={t('orders.filter.status')}>
          <select value={draft.status} onChange={(event) => apply({ ...draft, status: event.currentTarget.value as OrderFilters['status'] })}>
            <option value="">{t('orders.filter.allStatuses')}</option>
            {orderStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`orders.status.${status}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('orders.filter.from')} error={datesError}>
          <input type="date" value={draft.from} onInput={set('from')} />
        </Field>
        <Field label={t('orders.filter.to')}>
          <input type="date" value={draft.to} onInput={set('to')} />
        </Field>
        <Field label={t('orders.filter.email')} hint={t('orders.filter.emailHint')} error={emailError}>
          <input type="email" autoComplete="off" maxLength={254} value={draft.email} onInput={set('email')} />
        </Field>
      </div>
      <p class="hint">{t('orders.filter.defaultPeriod')}</p>
      <div class="actions">
        <button type="submit" class="primary">
          {t('orders.filter.apply')}
        </button>
        {filtered && (
          <button type="button" onClick={() => apply(noFilters)}>
            {t('orders.filter.reset')}
          </button>
        )}
      </div>
    </form>
  );
}
