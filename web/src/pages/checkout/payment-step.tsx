import { useState } from 'preact/hooks';
import { PostalAddress } from '../../components/postal-address.tsx';
import { useLocation } from 'preact-iso/router';
import { ApiError } from '../../api/client.ts';
import { isSignedIn } from '../../account/signed-in.ts';
import { checkout, type CheckoutInput } from '../../api/orders.ts';
import type { Cart, CheckoutResult } from '../../api/types.ts';
import { formatDayRange } from '../../format/dates.ts';
import { formatPrice } from '../../format/money.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { addressField, addressForApi, handOverAddressErrors, readDraft } from './checkout-draft.ts';

/**
 * A signed-in customer's order goes through `POST /api/account/checkout`, which attaches it to the
 * account; a session refused meanwhile (401) places it as a guest's (the same cart answers the same
 * order, and signing in again claims it by its verified email).
 */
const placeOrder = async (input: CheckoutInput): Promise<CheckoutResult> => {
  if (!isSignedIn()) return checkout(input);
  const account = await import('../../account/checkout-account.tsx');
  try {
    return await account.accountCheckout(input);
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 401) return checkout(input);
    throw failure;
  }
};

/** Step 3: a last look, then the order is placed and the shopper goes to the payment page (`paymentUrl`). */
export function PaymentStep({ cart }: { cart: Cart }) {
  const { t, locale } = useI18n();
  const { route } = useLocation();
  const draft = readDraft();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const selected = cart.delivery.selected;

  const pay = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const input = {
        cartId: cart.id,
        email: cart.email ?? '',
        locale,
        ...(cart.delivery.required ? { shippingAddress: addressForApi(draft.address), ...(draft.method ? { deliveryMethod: draft.method } : {}) } : {}),
      };
      const placed = await placeOrder(input);
      if (placed.paymentUrl) window.location.assign(placed.paymentUrl);
      else route(`/commande/${encodeURIComponent(placed.orderId)}?token=${encodeURIComponent(placed.token)}`);
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiError) {
        const addressErrors = failure.fieldErrors.filter((detail) => addressField(detail.path) !== undefined || detail.path === 'body.deliveryMethod');
        if (addressErrors.length) {
          handOverAddressErrors(addressErrors.map((detail) => (detail.path === 'body.deliveryMethod' ? { ...detail, path: 'method' } : detail)));
          route('/commande/etapes/livraison');
          return;
        }
        if (failure.fieldErrors.some((detail) => detail.path === 'body.email')) {
          route('/commande/etapes/contact');
          return;
        }
      }
      setError(errorMessage(failure, t, locale));
    }
  };

  const address = draft.address;
  return (
    <div class="checkout-form">
      <section class="recap" aria-labelledby="recap-contact">
        <h2 id="recap-contact">{t('checkout.contactSummary')}</h2>
        <p>{cart.email}</p>
        <a href="/commande/etapes/contact" aria-label={t('checkout.editLabel', { section: t('checkout.contactSummary') })}>
          {t('checkout.edit')}
        </a>
      </section>
      {cart.delivery.required && (
        <section class="recap" aria-labelledby="recap-delivery">
          <h2 id="recap-delivery">{t('checkout.deliverySummary')}</h2>
          <PostalAddress address={address} />
          {selected && (
            <p>
              {selected.name} — {selected.price === 0 ? t('cart.shippingFree') : formatPrice(selected.price, locale)} — {formatDayRange(selected.estimate.from, selected.estimate.to, locale)}
            </p>
          )}
          <a href="/commande/etapes/livraison" aria-label={t('checkout.editLabel', { section: t('checkout.deliverySummary') })}>
            {t('checkout.edit')}
          </a>
        </section>
      )}
      <p>{t('checkout.paymentIntro')}</p>
      <p class="hint">
        {t('checkout.terms')} <a href="/cgv">{t('legal.cgv')}</a>
      </p>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <a href="/commande/etapes/livraison">{t('checkout.back')}</a>
        <button type="button" class="primary" disabled={busy} onClick={() => void pay()}>
          {busy ? t('checkout.redirecting') : t('checkout.pay', { amount: formatPrice(cart.totals.total, locale) })}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {busy ? t('checkout.redirecting') : ''}
      </p>
    </div>
  );
}
