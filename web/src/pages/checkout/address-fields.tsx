import { useMemo } from 'preact/hooks';
import { addressMessages, countryCodes } from '#shared/schemas/address.ts';
import type { AddressInput } from '../../api/types.ts';
import { intlTag } from '../../format/money.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { Field } from './field.tsx';

export type AddressField = keyof AddressInput;

export const addressFields: Array<{ name: AddressField; label: MessageKey; autocomplete: string; optional?: boolean }> = [
  { name: 'firstName', label: 'checkout.firstName', autocomplete: 'given-name' },
  { name: 'lastName', label: 'checkout.lastName', autocomplete: 'family-name' },
  { name: 'company', label: 'checkout.company', autocomplete: 'organization', optional: true },
  { name: 'line1', label: 'checkout.line1', autocomplete: 'address-line1' },
  { name: 'line2', label: 'checkout.line2', autocomplete: 'address-line2', optional: true },
  { name: 'postcode', label: 'checkout.postcode', autocomplete: 'postal-code' },
  { name: 'city', label: 'checkout.city', autocomplete: 'address-level2' },
];

const fieldNames = new Set<string>([...addressFields.map((field) => field.name), 'country', 'phone']);

/**
 * Field → message key, from the API's (or the shared validator's) address error details, whatever
 * prefix their path has (`body.shippingAddress.postcode`, `body.postcode`, `postcode`).
 */
export const errorsByField = (details: Array<{ path: string; code: string }>): Partial<Record<string, string>> => {
  const errors: Partial<Record<string, string>> = {};
  for (const detail of details) {
    const last = detail.path.split('.').pop() ?? '';
    const field = fieldNames.has(last) ? last : detail.path === 'method' ? 'method' : 'line1';
    errors[field] ??= detail.code;
  }
  return errors;
};

/** The shopper's text for an address error code (the shared validator's own FR/EN messages first). */
export const addressMessage = (code: string | undefined, t: Translate, locale: 'fr' | 'en'): string | undefined =>
  code ? (addressMessages[code]?.[locale] ?? t((`error.${code}`) as MessageKey)) : undefined;

/** The label of a field named in an error summary. */
export const addressLabel = (field: string, t: Translate): string =>
  field === 'country' ? t('checkout.country') : field === 'phone' ? t('checkout.phone') : t(addressFields.find((entry) => entry.name === field)?.label ?? 'checkout.address');

/** The address fieldset of the checkout, also used for the account's saved addresses: same fields, ids, rules and messages. */
export function AddressFields(props: { legend: string; address: AddressInput; errors: Partial<Record<string, string>>; onChange: (field: AddressField, value: string) => void }) {
  const { t, locale } = useI18n();
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([intlTag(locale)], { type: 'region' });
    return countryCodes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, intlTag(locale)));
  }, [locale]);
  const message = (code: string | undefined) => addressMessage(code, t, locale);
  const { address, errors, onChange } = props;
  return (
    <fieldset class="address">
      <legend>{props.legend}</legend>
      {addressFields.map((field) => (
        <Field key={field.name} id={field.name} label={t(field.label)} error={message(errors[field.name])}>
          {(attributes) => (
            <input {...attributes} name={field.name} autocomplete={field.autocomplete} required={!field.optional} value={address[field.name] ?? ''} onInput={(event) => onChange(field.name, event.currentTarget.value)} />
          )}
        </Field>
      ))}
      <Field id="country" label={t('checkout.country')} error={message(errors.country)}>
        {(attributes) => (
          <select {...attributes} name="country" autocomplete="country" value={address.country} onChange={(event) => onChange('country', event.currentTarget.value)}>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="phone" label={t('checkout.phone')} error={message(errors.phone)}>
        {(attributes) => <input {...attributes} type="tel" name="phone" autocomplete="tel" value={address.phone ?? ''} onInput={(event) => onChange('phone', event.currentTarget.value)} />}
      </Field>
    </fieldset>
  );
}
