import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { createDiscount, updateDiscount, type AdminDiscount, type AdminDiscountDetail, type DiscountType } from '../../api/discounts.ts';
import { Field } from '../../components/field.tsx';
import { Notice, type NoticeValue } from '../../components/notice.tsx';
import { errorText } from '../../i18n/error-text.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { changesOf, createBodyOf, emptyFormValues, fieldOfPath, formValuesOf, readTerms, type DiscountFormValues, type FieldProblems, type FormField } from './form-values.ts';

interface Props {
  /** The code being edited, or none to create one. */
  editing?: AdminDiscountDetail | undefined;
  onDone: (discount: AdminDiscount, outcome: 'created' | 'saved') => void;
  onCancel: () => void;
}

const types: DiscountType[] = ['percentage', 'fixed', 'free_shipping'];

/** Creates a code, or edits one (sending only what changed, at the version loaded). */
export function DiscountForm({ editing, onDone, onCancel }: Props) {
  const i18n = useAdminI18n();
  const { t, locale, lookup } = i18n;
  const initial = editing ? formValuesOf(editing, locale) : emptyFormValues;
  const [values, setValues] = useState<DiscountFormValues>(initial);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    setValues(initial);
    setProblems({});
    setNotice(undefined);
    if (editing) heading.current?.focus();
  }, [editing?.code, editing?.version]);

  // After a refused submit, the first field to correct gets the focus.
  useEffect(() => {
    if (attempt) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const set = (field: keyof DiscountFormValues) => (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    setValues((current) => ({ ...current, [field]: target.type === 'checkbox' ? target.checked : target.value }));
  };

  const refuse = (found: FieldProblems, text: string) => {
    setProblems(found);
    setNotice({ kind: 'error', text });
    setAttempt((count) => count + 1);
  };

  /** The API's field problems, on the fields the merchant typed. */
  const apiProblems = (error: ApiError): FieldProblems => {
    const found: FieldProblems = {};
    for (const detail of error.fieldErrors) {
      const field = fieldOfPath(detail.path);
      if (field && !found[field]) found[field] = lookup(`discounts.problem.${detail.code}`, { used: editing?.used ?? 0 }) ?? t('discounts.problem.invalid');
    }
    if (error.code === 'discount_code_taken') found.code = errorText(error, i18n);
    return found;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const read = readTerms(values);
    if ('problems' in read) {
      const found: FieldProblems = {};
      for (const [field, problem] of Object.entries(read.problems)) found[field as FormField] = t(`discounts.input.${problem}`);
      return refuse(found, t('discounts.fixFields'));
    }
    const changes = editing ? changesOf(initial, values, read.terms) : undefined;
    if (changes && !Object.keys(changes).length) {
      setProblems({});
      return setNotice({ kind: 'error', text: t('discounts.nothingChanged') });
    }
    setBusy(true);
    setNotice(undefined);
    try {
      if (editing) {
        const { discount } = await updateDiscount(editing.code, editing.version, changes!);
        onDone(discount, 'saved');
      } else {
        const { discount } = await createDiscount(createBodyOf(values, read.terms));
        setValues(emptyFormValues);
        setProblems({});
        setNotice({ kind: 'success', text: t('discounts.created', { code: discount.code }) });
        onDone(discount, 'created');
      }
    } catch (error) {
      refuse(error instanceof ApiError ? apiProblems(error) : {}, errorText(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  const input = (field: FormField, extra: Record<string, unknown> = {}) => (
    <input name={field} value={values[field]} onInput={set(field)} {...extra} />
  );

  return (
    <section aria-labelledby="discount-form-title">
      <h2 id="discount-form-title" ref={heading} tabIndex={-1}>
        {editing ? t('discounts.edit.title', { code: editing.code }) : t('discounts.create.title')}
      </h2>
      {editing && (
        <dl class="facts">
          <dt>{t('discounts.facts.used')}</dt>
          <dd>{editing.used}</dd>
          <dt>{t('discounts.facts.remaining')}</dt>
          <dd>{editing.remaining ?? t('discounts.facts.unlimited')}</dd>
          <dt>{t('discounts.facts.emails')}</dt>
          <dd>{editing.distinctEmails ?? t('discounts.facts.notCounted')}</dd>
        </dl>
      )}
      <Notice notice={notice} />
      <form ref={form} onSubmit={submit} aria-busy={busy} noValidate>
        {!editing && (
          <div style={{ maxWidth: '32rem' }}>
            <Field label={t('discounts.field.code')} hint={t('discounts.field.code.hint')} error={problems.code}>
              {input('code', { type: 'text', required: true, maxLength: 40, autoComplete: 'off', spellcheck: false, autoCapitalize: 'characters' })}
            </Field>
          </div>
        )}
        <fieldset>
          <legend>{t('discounts.legend.discount')}</legend>
          <div class="form-row">
            <Field label={t('discounts.field.type')} error={problems.type}>
              <select name="type" value={values.type} onChange={set('type')}>
                {types.map((type) => (
                  <option key={type} value={type}>
                    {t(`discounts.type.${type}`)}
                  </option>
                ))}
              </select>
            </Field>
            {values.type !== 'free_shipping' && (
              <Field
                label={t(values.type === 'percentage' ? 'discounts.field.percent' : 'discounts.field.euros')}
                hint={t(values.type === 'percentage' ? 'discounts.field.percent.hint' : 'discounts.field.euros.hint')}
                error={problems.amount}
              >
                {input('amount', { type: 'text', inputMode: 'decimal', required: true, autoComplete: 'off' })}
              </Field>
            )}
            <Field label={t('discounts.field.minimum')} hint={t('discounts.field.minimum.hint')} error={problems.minimum}>
              {input('minimum', { type: 'text', inputMode: 'decimal', autoComplete: 'off' })}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('discounts.legend.validity')}</legend>
          <div class="form-row">
            <Field label={t('discounts.field.startsAt')} hint={t('discounts.field.time.hint')} error={problems.startsAt}>
              {input('startsAt', { type: 'datetime-local' })}
            </Field>
            <Field label={t('discounts.field.endsAt')} hint={t('discounts.field.time.hint')} error={problems.endsAt}>
              {input('endsAt', { type: 'datetime-local' })}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('discounts.legend.limits')}</legend>
          <div class="form-row">
            <Field label={t('discounts.field.usageLimit')} hint={t('discounts.field.usageLimit.hint')} error={problems.usageLimit}>
              {input('usageLimit', { type: 'text', inputMode: 'numeric', autoComplete: 'off' })}
            </Field>
            <Field label={t('discounts.field.perEmailLimit')} hint={t('discounts.field.perEmailLimit.hint')} error={problems.perEmailLimit}>
              {input('perEmailLimit', { type: 'text', inputMode: 'numeric', autoComplete: 'off' })}
            </Field>
          </div>
        </fieldset>
        {!editing && (
          <p>
            <label>
              <input type="checkbox" name="active" checked={values.active} onChange={set('active')} /> {t('discounts.field.active')}
            </label>
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('discounts.saving') : t(editing ? 'discounts.edit.submit' : 'discounts.create.submit')}
          </button>
          {editing && (
            <button type="button" onClick={onCancel}>
              {t('discounts.edit.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
