/** The shop and legal-notice parts of the settings form. */
import { Field } from '../../components/field.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { AdminMessageKey } from '../../i18n/dictionaries.ts';
import type { SettingsValues } from './form-values.ts';

export interface PartProps {
  values: SettingsValues;
  update: (change: (next: SettingsValues) => void) => void;
  /** The message for a field path, when it has a problem. */
  errorAt: (path: string) => string | undefined;
}

const inputValue = (event: Event) => (event.currentTarget as HTMLInputElement).value;

export function ShopFields({ values, update, errorAt }: PartProps) {
  const { t } = useAdminI18n();
  return (
    <fieldset>
      <legend>{t('settings.legend.shop')}</legend>
      <div class="form-row">
        <Field label={t('settings.field.shopName')} hint={t('settings.field.shopName.hint')} error={errorAt('shopName')}>
          <input name="shopName" value={values.shopName} required maxLength={80} onInput={(event) => update((next) => void (next.shopName = inputValue(event)))} />
        </Field>
        <Field label={t('settings.field.supportEmail')} hint={t('settings.field.supportEmail.hint')} error={errorAt('supportEmail')}>
          <input name="supportEmail" type="email" autoComplete="email" value={values.supportEmail} onInput={(event) => update((next) => void (next.supportEmail = inputValue(event)))} />
        </Field>
        <Field label={t('settings.field.returnWindowDays')} hint={t('settings.field.returnWindowDays.hint')} error={errorAt('returnWindowDays')}>
          <input name="returnWindowDays" inputMode="numeric" required autoComplete="off" value={values.returnWindowDays} onInput={(event) => update((next) => void (next.returnWindowDays = inputValue(event)))} />
        </Field>
        <Field label={t('settings.field.guestAccessDays')} hint={t('settings.field.guestAccessDays.hint')} error={errorAt('guestAccessDays')}>
          <input name="guestAccessDays" inputMode="numeric" required autoComplete="off" value={values.guestAccessDays} onInput={(event) => update((next) => void (next.guestAccessDays = inputValue(event)))} />
        </Field>
      </div>
    </fieldset>
  );
}

type LegalField = keyof SettingsValues['legal'];

const legalRows: Array<Array<{ field: LegalField; hint?: boolean; multiline?: boolean; extra?: Record<string, string> }>> = [
  [{ field: 'companyName' }, { field: 'legalForm', hint: true }, { field: 'shareCapital', hint: true, extra: { inputMode: 'decimal' } }],
  [{ field: 'address' }, { field: 'registrationNumber', hint: true }, { field: 'vatNumber', hint: true }],
  [{ field: 'publicationDirector' }, { field: 'phone', hint: true, extra: { type: 'tel' } }],
  [{ field: 'hostingProvider', multiline: true }, { field: 'mediator', multiline: true }],
];

export function LegalFields({ values, update, errorAt }: PartProps) {
  const { t } = useAdminI18n();
  return (
    <fieldset>
      <legend>{t('settings.legend.legal')}</legend>
      <p class="hint">{t('settings.legal.intro')}</p>
      {legalRows.map((row, index) => (
        <div class="form-row" key={index}>
          {row.map(({ field, hint, multiline, extra }) => {
            const onInput = (event: Event) => update((next) => void (next.legal[field] = inputValue(event)));
            return (
              <Field key={field} label={t(`settings.field.${field}` as AdminMessageKey)} hint={hint ? t(`settings.field.${field}.hint` as AdminMessageKey) : undefined} error={errorAt(`legal.${field}`)}>
                {multiline ? <textarea name={field} rows={2} value={values.legal[field]} onInput={onInput} /> : <input name={field} autoComplete="off" value={values.legal[field]} onInput={onInput} {...extra} />}
              </Field>
            );
          })}
        </div>
      ))}
    </fieldset>
  );
}
