import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { validateAddress } from '#shared/schemas/address.ts';
import type { AddressInput, Cart, DeliveryMethodId } from '../../api/types.ts';
import { isSignedIn } from '../../account/signed-in.ts';
import type { SavedAddress } from '../../account/api.ts';
import { setCartView } from '../../cart/cart-store.ts';
import { formatDayRange } from '../../format/dates.ts';
import { formatPrice } from '../../format/money.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AddressFields, addressLabel, addressMessage, errorsByField, type AddressField } from './address-fields.tsx';
import { readDraft, saveDraft, takeAddressErrors } from './checkout-draft.ts';
import { ErrorSummary } from './field.tsx';

type AccountModule = typeof import('../../account/checkout-account.tsx');

/**
 * A signed-in customer's part of the step, loaded only for them: their saved addresses, the
 * default one to start from (unless something was typed already), the option to save the address.
 */
const useAccountAddresses = (draftEmpty: boolean, fill: (address: Partial<AddressInput>) => void) => {
  const [account, setAccount] = useState<{ module: AccountModule; saved: SavedAddress[] } | undefined>();
  useEffect(() => {
    if (!isSignedIn()) return;
    let live = true;
    void import('../../account/checkout-account.tsx').then(async (module) => {
      const prefill = await module.checkoutPrefill();
      if (!live) return;
      if (draftEmpty && prefill.start) fill(prefill.start);
      setAccount({ module, saved: prefill.saved });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return account;
};

/** Step 2: the address (checked with the API's own rules, errors per field) and the delivery method with price and dates. */
export function DeliveryStep({ cart }: { cart: Cart }) {
  const { t, locale } = useI18n();
  const { route } = useLocation();
  const draft = useMemo(readDraft, []);
  const [address, setAddress] = useState<AddressInput>(draft.address);
  const [method, setMethod] = useState<DeliveryMethodId | undefined>(draft.method ?? cart.delivery.selected?.method);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>(() => errorsByField(takeAddressErrors()));
  const [saveAddress, setSaveAddress] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const typed = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  const account = useAccountAddresses(!draft.address.line1, (start) => {
    if (!typed.current) setAddress((current) => ({ ...current, ...start }));
  });

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

  const message = (code: string | undefined) => addressMessage(code, t, locale);
  const set = (field: AddressField, value: string) => {
    typed.current = true;
    setAddress((current) => ({ ...current, [field]: value }));
  };

  const submit = async (event: Event) => {
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
      if (account && saveAddress && !account.module.isSaved(address, account.saved)) {
        setBusy(true);
        setSaveError(undefined);
        try {
          await account.module.saveToAccount(address, account.saved);
        } catch (failure) {
          setBusy(false);
          setSaveError(failure);
          return;
        }
      }
    }
    saveDraft({ address, ...(chosen ? { method: chosen.method } : {}) });
    route('/commande/etapes/paiement');
  };

  const labelOf = (field: string) => (field === 'method' ? t('checkout.method') : addressLabel(field, t));
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
    <form class="checkout-form" onSubmit={submit} noValidate aria-busy={busy}>
      <ErrorSummary title={t('checkout.errorSummary')} errors={summaryErrors} summaryRef={summary} />
      {account && (
        <account.module.SavedAddressPicker
          saved={account.saved}
          onPick={(picked) => {
            typed.current = true;
            setAddress({ ...picked });
          }}
        />
      )}
      <AddressFields legend={t('checkout.address')} address={address} errors={errors} onChange={set} />
      {account && !account.module.isSaved(address, account.saved) && <account.module.SaveAddressOption checked={saveAddress} onToggle={setSaveAddress} error={saveError} />}
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
        <button type="submit" class="primary" disabled={busy}>
          {t('checkout.continue')}
        </button>
      </div>
    </form>
  );
}
