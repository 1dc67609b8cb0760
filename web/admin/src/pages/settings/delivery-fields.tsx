/** The delivery part of the settings form: the click & collect address, then each method with its countries and rates. */
import { useId, useMemo, useState } from 'preact/hooks';
import type { DeliveryMethodId } from '#shared/domain/delivery/methods.ts';
import { countryCodes } from '#shared/schemas/address.ts';
import { intlTag } from '../../../../src/format/money.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { newMethodValues, type MethodValues } from './form-values.ts';
import type { PartProps } from './shop-fields.tsx';

const methodIds: DeliveryMethodId[] = ['standard', 'express', 'relay', 'click_collect'];

const inputValue = (event: Event) => (event.currentTarget as HTMLInputElement).value;

function Countries({ method, at, errorAt, change }: { method: MethodValues; at: string; errorAt: PartProps['errorAt']; change: (countries: string[]) => void }) {
  const { t, locale } = useAdminI18n();
  const errorId = useId();
  const names = useMemo(() => new Intl.DisplayNames([intlTag(locale)], { type: 'region' }), [locale]);
  const error = errorAt(`${at}.countries`);
  return (
    <fieldset class={error ? 'invalid' : undefined} aria-describedby={error ? errorId : undefined}>
      <legend>{t('settings.method.countries')}</legend>
      <div class="form-row">
        {countryCodes.map((code) => (
          <label key={code}>
            <input
              type="checkbox"
              name={`${at}.countries`}
              value={code}
              checked={method.countries.includes(code)}
              aria-invalid={error ? 'true' : undefined}
              onChange={(event) => change(event.currentTarget.checked ? [...method.countries, code] : method.countries.filter((country) => country !== code))}
            />{' '}
            {names.of(code) ?? code}
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

function Pricing({ method, at, errorAt, change }: { method: MethodValues; at: string; errorAt: PartProps['errorAt']; change: (edit: (method: MethodValues) => void) => void }) {
  const { t } = useAdminI18n();
  if (method.pricingType === 'flat') {
    return (
      <Field label={t('settings.method.flatPrice')} error={errorAt(`${at}.pricing.price`)}>
        <input name={`${at}.pricing.price`} inputMode="decimal" autoComplete="off" value={method.flatPrice} onInput={(event) => change((next) => void (next.flatPrice = inputValue(event)))} />
      </Field>
    );
  }
  const bandsError = errorAt(`${at}.pricing.bands`);
  return (
    <fieldset>
      <legend>{t('settings.method.bands')}</legend>
      <p class="hint">{t('settings.method.bands.hint')}</p>
      {bandsError && <p class="field-error">{bandsError}</p>}
      {method.bands.map((band, index) => {
        const number = index + 1;
        return (
          <div class="form-row" key={index}>
            <Field label={t('settings.method.band.maxGrams', { number })} error={errorAt(`${at}.pricing.bands.${index}.maxGrams`)}>
              <input inputMode="numeric" autoComplete="off" value={band.maxGrams} onInput={(event) => change((next) => void (next.bands[index]!.maxGrams = inputValue(event)))} />
            </Field>
            <Field label={t('settings.method.band.price', { number })} error={errorAt(`${at}.pricing.bands.${index}.price`)}>
              <input inputMode="decimal" autoComplete="off" value={band.price} onInput={(event) => change((next) => void (next.bands[index]!.price = inputValue(event)))} />
            </Field>
            <div class="actions">
              <button type="button" class="link-button" disabled={method.bands.length === 1} onClick={() => change((next) => void next.bands.splice(index, 1))}>
                {t('settings.method.band.remove', { number })}
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" onClick={() => change((next) => void next.bands.push({ maxGrams: '', price: '' }))}>
        {t('settings.method.band.add')}
      </button>
    </fieldset>
  );
}

function MethodFields({ method, index, errorAt, change, remove }: { method: MethodValues; index: number; errorAt: PartProps['errorAt']; change: (edit: (method: MethodValues) => void) => void; remove: () => void }) {
  const { t, locale } = useAdminI18n();
  const at = `delivery.methods.${index}`;
  const number = index + 1;
  const name = method[locale === 'fr' ? 'nameFr' : 'nameEn'] || t(`settings.method.id.${method.id}`);
  return (
    <fieldset class="delivery-method" data-method={method.id}>
      <legend>{t('settings.method.legend', { number, name })}</legend>
      <p>
        <label>
          <input type="checkbox" name={`${at}.enabled`} checked={method.enabled} onChange={(event) => change((next) => void (next.enabled = event.currentTarget.checked))} /> {t('settings.method.enabled')}
        </label>
      </p>
      <div class="form-row">
        <Field label={t('settings.method.nameFr')} error={errorAt(`${at}.name.fr`)}>
          <input lang="fr" autoComplete="off" value={method.nameFr} onInput={(event) => change((next) => void (next.nameFr = inputValue(event)))} />
        </Field>
        <Field label={t('settings.method.nameEn')} error={errorAt(`${at}.name.en`)}>
          <input lang="en" autoComplete="off" value={method.nameEn} onInput={(event) => change((next) => void (next.nameEn = inputValue(event)))} />
        </Field>
      </div>
      <Countries method={method} at={at} errorAt={errorAt} change={(countries) => change((next) => void (next.countries = countries))} />
      <div class="form-row">
        <Field label={t('settings.method.pricingType')}>
          <select value={method.pricingType} onChange={(event) => change((next) => void (next.pricingType = event.currentTarget.value as MethodValues['pricingType']))}>
            <option value="flat">{t('settings.method.pricing.flat')}</option>
            <option value="weight_bands">{t('settings.method.pricing.weight_bands')}</option>
          </select>
        </Field>
        <Field label={t('settings.method.freeAbove')} hint={t('settings.method.freeAbove.hint')} error={errorAt(`${at}.freeAbove`)}>
          <input inputMode="decimal" autoComplete="off" value={method.freeAbove} onInput={(event) => change((next) => void (next.freeAbove = inputValue(event)))} />
        </Field>
      </div>
      <Pricing method={method} at={at} errorAt={errorAt} change={change} />
      <div class="form-row">
        <Field label={t('settings.method.transitMin')} error={errorAt(`${at}.transitDays`)}>
          <input inputMode="numeric" autoComplete="off" value={method.transitMin} onInput={(event) => change((next) => void (next.transitMin = inputValue(event)))} />
        </Field>
        <Field label={t('settings.method.transitMax')}>
          <input inputMode="numeric" autoComplete="off" value={method.transitMax} onInput={(event) => change((next) => void (next.transitMax = inputValue(event)))} />
        </Field>
        <Field label={t('settings.method.cutoffHour')} hint={t('settings.method.cutoffHour.hint')} error={errorAt(`${at}.cutoffHour`)}>
          <input inputMode="numeric" autoComplete="off" value={method.cutoffHour} onInput={(event) => change((next) => void (next.cutoffHour = inputValue(event)))} />
        </Field>
      </div>
      <button type="button" class="link-button" onClick={remove}>
        {t('settings.method.remove', { number, name })}
      </button>
    </fieldset>
  );
}

export function DeliveryFields({ values, update, errorAt, announce }: PartProps & { announce: (text: string) => void }) {
  const { t, locale } = useAdminI18n();
  const [newId, setNewId] = useState<DeliveryMethodId>('standard');
  const methodsError = errorAt('delivery.methods');
  return (
    <fieldset>
      <legend>{t('settings.legend.delivery')}</legend>
      <p class="hint">{t('settings.delivery.intro')}</p>
      {methodsError && <p class="field-error">{methodsError}</p>}
      <Field label={t('settings.field.storeAddress')} error={errorAt('delivery.storeAddress')}>
        <input name="storeAddress" autoComplete="off" value={values.storeAddress} onInput={(event) => update((next) => void (next.storeAddress = inputValue(event)))} />
      </Field>
      {values.methods.map((method, index) => (
        <MethodFields
          key={method.key}
          method={method}
          index={index}
          errorAt={errorAt}
          change={(edit) => update((next) => edit(next.methods[index]!))}
          remove={() => update((next) => void next.methods.splice(index, 1))}
        />
      ))}
      <div class="form-row">
        <Field label={t('settings.method.addType')}>
          <select value={newId} onChange={(event) => setNewId(event.currentTarget.value as DeliveryMethodId)}>
            {methodIds.map((id) => (
              <option key={id} value={id}>
                {t(`settings.method.id.${id}`)}
              </option>
            ))}
          </select>
        </Field>
        <div class="actions">
          <button
            type="button"
            onClick={() => {
              update((next) => void next.methods.push(newMethodValues(newId, locale)));
              announce(t('settings.method.added'));
            }}
          >
            {t('settings.method.add')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
