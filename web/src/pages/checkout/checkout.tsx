import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso/router';
import { setCartView, useCart } from '../../cart/cart-store.ts';
import { ErrorNotice, Loading } from '../../components/feedback.tsx';
import { OrderSummary } from '../../components/order-summary.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import NotFound from '../not-found.tsx';
import { readDraft } from './checkout-draft.ts';
import { ContactStep } from './contact-step.tsx';
import { DeliveryStep } from './delivery-step.tsx';
import { PaymentStep } from './payment-step.tsx';
import { StepIndicator, stepKey, steps, type Step } from './step-indicator.tsx';

/** The checkout funnel: contact → delivery → payment, with the order summary always beside it. */
export default function CheckoutPage() {
  const { t } = useI18n();
  const { params } = useRoute();
  const { route } = useLocation();
  const { cart, loading } = useCart();
  const [error, setError] = useState<unknown>();
  const step = steps.includes(params.step as Step) ? (params.step as Step) : undefined;
  usePageTitle(step ? `${t(stepKey[step])} — ${t('checkout.stepOf', { step: steps.indexOf(step) + 1, total: steps.length })}` : undefined, t('site.name'));

  useEffect(() => {
    const draft = readDraft();
    setCartView({ country: draft.address.country || 'FR', ...(draft.method ? { delivery: draft.method } : {}) }).catch(setError);
    return () => void setCartView({});
  }, []);

  // A step is reachable once the ones before it are done.
  useEffect(() => {
    if (!cart || !step) return;
    if (step !== 'contact' && !cart.email) route('/commande/etapes/contact', true);
    else if (step === 'paiement' && cart.delivery.required && !readDraft().address.line1) route('/commande/etapes/livraison', true);
  }, [cart?.email, step]);

  if (!step) return <NotFound />;
  return (
    <div class="checkout">
      <StepIndicator current={step} />
      <h1>{t(stepKey[step])}</h1>
      {error !== undefined && <ErrorNotice error={error} />}
      {loading && !cart ? (
        <Loading minHeight="40vh" />
      ) : !cart || cart.lines.length === 0 ? (
        <p class="notice">
          {t('checkout.emptyCart')} <a href="/">{t('cart.continue')}</a>
        </p>
      ) : (
        <div class="checkout-layout">
          <div class="checkout-main">
            {cart.reminders === 'awaiting_confirmation' && cart.email && (
              <p class="notice" role="status" data-testid="reminder-confirmation">
                {t('checkout.reminderConfirmationSent', { email: cart.email })}
              </p>
            )}
            {step === 'contact' && <ContactStep cart={cart} />}
            {step === 'livraison' && <DeliveryStep cart={cart} />}
            {step === 'paiement' && <PaymentStep cart={cart} />}
          </div>
          <OrderSummary cart={cart} />
        </div>
      )}
    </div>
  );
}
