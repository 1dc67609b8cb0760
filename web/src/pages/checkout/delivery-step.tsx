import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { addressMessages, countryCodes, validateAddress } from '#shared/schemas/address.ts';
import type { AddressInput, Cart, DeliveryMethodId } from '../../api/types.ts';
import { setCartView } from '../../cart/cart-store.ts';
import { formatDayRange } from '../../format/dates.ts';
import { formatPrice, intlTag } from '../../format/money.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { addressField, readDraft, saveDraft, takeAddressErrors } from './checkout-draft.ts';
import { ErrorSummary, Field } from './field.tsx';

type AddressField = keyof AddressInput;
const fields: Array<{ name: AddressField; label: MessageKey; autocomplete: string; optional?: boolean }> = [
  { name: 'firstName', label: 'checkout.firstName', autocomplete: 'given-name' },
  { name: 'lastName', label: 'checkout.lastName', autocomplete: 'family-name' },
  { name: 'company', label: 'checkout.company', autocomplete: 'organization', optional: true },
  { name: 'line1', label: 'checkout.line1', autocomplete: 'address-line1' },
  { name: 'line2', label: 'checkout.line2', autocomplete: 'address-line2', optional: true },
  { name: 'postcode', label: 'checkout.postcode', autocomplete: 'postal-code' },
  { name: 'city', label: 'checkout.city', autocomplete: 'address-level2' },
];

/** Field → message key, from the API's (or the shared validator's) address error details. */
const errorsByField = (details: Array<{ path: string; code: string }>): Partial<Record<string, string>> => {
  const errors: Partial<Record<string, string>> = {};
  for (const detail of details) {
    const field = addressField(detail.path) ?? detail.path;
    errors[field || 'line1'] ??= detail.code;
  }
  return errors;
};

/** Step 2: the address (checked with the API's own rules, errors per field) and the delivery method with price and dates. */
export function DeliveryStep({ cart }: { cart: Cart }) {
  const { t, locale } = useI18n();
  const { route } = useLocation();
  const draft = useMemo(readDraft, []);
  const [address, setAddress] = useState<AddressInput>(draft.address);
  const [method, setMethod] = useState<DeliveryMethodId | undefined>(draft.method ?? cart.delivery.selected?.method);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>(() => errorsByField(takeAddressErrors()));
  const summary = useRef<HTMLDivElement>(null);
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([intlTag(locale)], { type: 'region' });
    return countryCodes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, intlTag(locale)));
  }, [locale]);

  // Methods and prices depend on the destination: the cart is priced again for it.
  useEffect(() => {
    void setCartView({ country: address.country, ...(method ? { delivery: method } : {}) });
  }, [address.country, method]);
  useEffect(() => {
    if (Object.keys(errors).length) summary.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const options = cart.delivery.options;
  const chosen = options.find((option) => option.method === method) ?? options[0];

  const message = (code: string | undefined) => (code ? (addressMessages[code]?.[locale] ?? t((`error.${code}`) as MessageKey)) : undefined);
  const set = (field: AddressField, value: string) => setAddress((current) => ({ ...current, [field]: value }));

  const submit = (event: Event) => {
    event.preventDefault();
    if (cart.delivery.required) {
      const checked = validateAddress({ ...address }, '');
      const found = checked.ok ? {} : errorsByField(checked.details);
      if (!chosen) found.method = 'delivery.required';
      setErrors(found);
      if (Object.keys(found).length) {
        setTimeout(() => summary.current?.focus());
        return;
      }
    }
    saveDraft({ address, ...(chosen ? { method: chosen.method } : {}) });
    route('/commande/etapes/paiement');
  };

  const labelOf = (field: string) => (field === 'country' ? t('checkout.country') : field === 'phone' ? t('checkout.phone') : field === 'method' ? t('checkout.method') : t(fields.find((entry) => entry.name === field)?.label ?? 'checkout.address'));
  const summaryErrors = Object.entries(errors).map(([field, code]) => ({ field: field === 'method' ? `method-${options[0]?.method ?? 'standard'}` : field, label: labelOf(field), message: message(code) ?? '' }));

  if (!cart.delivery.required) {
    return (
      <form class="checkout-form" onSubmit={submit}>
        <p class="notice">{t('checkout.noDelivery')}</p>
        <div class="form-actions">
          <a href="/commande/etapes/contact">{t('checkout.back')}</a>
          <button type="submit" class="primary">
            {t('checkout.continue')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form class="checkout-form" onSubmit={submit} noValidate>
      <ErrorSummary title={t('checkout.errorSummary')} errors={summaryErrors} summaryRef={summary} />
      <fieldset class="address">
        <legend>{t('checkout.address')}</legend>
        {fields.map((field) => (
          <Field key={field.name} id={field.name} label={t(field.label)} error={message(errors[field.name])}>
            {(attributes) => (
              <input {...attributes} name={field.name} autocomplete={field.autocomplete} required={!field.optional} value={address[field.name] ?? ''} onInput={(event) => set(field.name, event.currentTarget.value)} />
            )}
          </Field>
        ))}
        <Field id="country" label={t('checkout.country')} error={message(errors.country)}>
          {(attributes) => (
            <select {...attributes} name="country" autocomplete="country" value={address.country} onChange={(event) => set('country', event.currentTarget.value)}>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="phone" label={t('checkout.phone')} error={message(errors.phone)}>
          {(attributes) => <input {...attributes} type="tel" name="phone" autocomplete="tel" value={address.phone ?? ''} onInput={(event) => set('phone', event.currentTarget.value)} />}
        </Field>
      </fieldset>
      <fieldset class="methods" aria-describedby={errors.method ? 'method-error' : undefined}>
        <legend>{t('checkout.method')}</legend>
        {errors.method && (
          <p id="method-error" class="field-error">
            {message(errors.method)}
          </p>
        )}
        {options.map((option) => (
          <div key={option.method} class="method-option">
            <input type="radio" id={`method-${option.method}`} name="method" value={option.method} checked={chosen?.method === option.method} onChange={() => setMethod(option.method)} />
            <label for={`method-${option.method}`}>
              <strong>{option.name}</strong>{' '}
              <span>{t('checkout.methodOption', { price: option.price === 0 ? t('cart.shippingFree') : formatPrice(option.price, locale), range: formatDayRange(option.estimate.from, option.estimate.to, locale) })}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <div class="form-actions">
        <a href="/commande/etapes/contact">{t('checkout.back')}</a>
        <button type="submit" class="primary">
          {t('checkout.continue')}
        </button>
      </div>
    </form>
  );
}
