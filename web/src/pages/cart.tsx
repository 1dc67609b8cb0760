import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import type { ShopperSettings } from '../api/settings.ts';
import type { Cart, CartLine } from '../api/types.ts';
import { changeQuantity, loadCart, removeFromCart, unitCount, updateCart, useCart } from '../cart/cart-store.ts';
import { freeDeliveryProgress, freeDeliveryThreshold } from '../cart/free-delivery.ts';
import { ErrorNotice, Loading } from '../components/feedback.tsx';
import { Totals } from '../components/order-summary.tsx';
import { Price } from '../components/price.tsx';
import { formatDayRange } from '../format/dates.ts';
import { formatPrice } from '../format/money.ts';
import { describeOptions } from '../format/options.ts';
import { errorMessage, messageForCode } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { announce } from '../lib/announcer.tsx';
import { usePageTitle } from '../lib/page-title.ts';
import { handleArrival, type ArrivalNotice } from './cart/return-from-payment.ts';

// Loaded with the page that shows it, so the shop's entry names no settings chunk for other pages.
const shopSettings = () => import('../api/settings.ts').then((module) => module.getShopSettings());

const maxQuantity = 10;

function LineRow({ line, onError }: { line: CartLine; onError: (error: unknown) => void }) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const limit = Math.max(line.quantity, Math.min(maxQuantity, line.available ?? maxQuantity));
  const run = async (action: () => Promise<Cart>, message: (cart: Cart) => string) => {
    setBusy(true);
    try {
      const cart = await action();
      announce(message(cart));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  const labels = { size: t('option.size'), colour: t('option.colour'), format: t('option.format') };
  const quantityId = `quantity-${line.sku}`;
  return (
    <li class="cart-line" data-sku={line.sku}>
      <div class="line-image">{line.image ? <img src={line.image.url} alt="" width={96} height={96} loading="lazy" /> : <div class="image-placeholder" />}</div>
      <div class="line-info">
        <h3>
          <a href={`/produit/${line.slug}`}>{line.title}</a>
        </h3>
        {Object.keys(line.options).length > 0 && <p class="line-options">{describeOptions(line.options, locale, labels)}</p>}
        <p class="line-price">
          <Price price={line.unitPrice} compareAtPrice={line.compareAtPrice} />
        </p>
        {line.problem === 'unavailable' && <p class="notice error">{t('cart.problemUnavailable')}</p>}
        {line.problem === 'insufficient_stock' && <p class="notice error">{t('cart.problemInsufficient', { count: line.available ?? 0 })}</p>}
      </div>
      <div class="line-actions">
        {line.problem !== 'unavailable' && (
          <>
            <label for={quantityId}>{t('cart.quantityFor', { title: line.title })}</label>
            <select
              id={quantityId}
              value={line.quantity}
              disabled={busy}
              onChange={(event) => {
                const quantity = Number(event.currentTarget.value);
                void run(() => changeQuantity(line.sku, quantity, locale), (cart) => t('cart.updated', { count: unitCount(cart), total: formatPrice(cart.totals.total, locale) }));
              }}
            >
              {Array.from({ length: limit }, (_, index) => index + 1).map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </>
        )}
        <p class="line-total">{formatPrice(line.lineTotal, locale)}</p>
        <button type="button" class="link-button" disabled={busy} aria-label={t('cart.removeLabel', { title: line.title })} onClick={() => void run(() => removeFromCart(line.sku, locale), () => t('cart.removed', { title: line.title }))}>
          {t('cart.remove')}
        </button>
      </div>
    </li>
  );
}

function DiscountForm({ cart }: { cart: Cart }) {
  const { t, locale } = useI18n();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const active = cart.discount?.ok ? cart.discount : undefined;
  const refused = cart.discount && !cart.discount.ok ? cart.discount : undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!code.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      const updated = await updateCart({ discountCode: code.trim() }, locale);
      setCode('');
      const applied = updated.discount?.ok ? updated.discount : undefined;
      announce(applied?.freeShipping ? t('cart.discountFreeShipping') : t('cart.discountApplied', { amount: formatPrice(applied?.amount ?? 0, locale) }));
    } catch (failure) {
      setError(errorMessage(failure, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await updateCart({ discountCode: null }, locale);
      announce(t('cart.discountRemoved'));
    } catch (failure) {
      setError(errorMessage(failure, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="discount">
      {active && (
        <p class="notice success" data-testid="discount-active">
          {t('cart.discountActive')} : <strong>{active.code}</strong> —{' '}
          {active.freeShipping ? t('cart.discountFreeShipping') : t('cart.discountApplied', { amount: formatPrice(active.amount, locale) })}{' '}
          <button type="button" class="link-button" onClick={() => void remove()} disabled={busy}>
            {t('cart.discountRemove')}
          </button>
        </p>
      )}
      {refused && (
        <p class="notice error">
          <strong>{refused.code}</strong> — {messageForCode(refused.reason, t, locale, refused.details)}{' '}
          <button type="button" class="link-button" onClick={() => void remove()} disabled={busy}>
            {t('cart.discountRemove')}
          </button>
        </p>
      )}
      <form class="discount-form" onSubmit={submit}>
        <label for="discount-code">{t('cart.discountLabel')}</label>
        <div class="inline-field">
          <input
            id="discount-code"
            name="code"
            autocomplete="off"
            value={code}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'discount-error' : undefined}
            onInput={(event) => setCode(event.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            {t('cart.discountApply')}
          </button>
        </div>
        {error && (
          <p id="discount-error" class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}

function FreeDelivery({ cart }: { cart: Cart }) {
  const { t, locale } = useI18n();
  const [settings, setSettings] = useState<ShopperSettings | undefined>();
  // Without the settings the cart is still whole: the progress is a hint, not a price.
  useEffect(() => void shopSettings().then(setSettings, () => undefined), []);
  const threshold = settings && freeDeliveryThreshold(settings, 'FR');
  if (!cart.delivery.required || threshold === undefined) return null;
  const { missing, ratio } = freeDeliveryProgress(cart.totals.subtotal - cart.totals.discount, threshold);
  const thresholdText = formatPrice(threshold, locale);
  return (
    <div class="free-delivery">
      <p id="free-delivery-text">{missing > 0 ? t('cart.freeDeliveryRemaining', { amount: formatPrice(missing, locale), threshold: thresholdText }) : t('cart.freeDeliveryReached', { threshold: thresholdText })}</p>
      <progress max={100} value={Math.round(ratio * 100)} aria-label={t('cart.freeDeliveryProgress')} aria-describedby="free-delivery-text" />
    </div>
  );
}

function ArrivalBanner({ notice }: { notice: ArrivalNotice }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  if (notice.kind === 'error') return <ErrorNotice error={notice.error} />;
  const texts = { declined: 'cart.declined', abandoned: 'cart.abandoned', restored: 'cart.restored', reminders_confirmed: 'cart.remindersConfirmed', already_paid: 'cart.alreadyPaid' } as const;
  const text = t(texts[notice.kind]);
  const good = notice.kind === 'restored' || notice.kind === 'reminders_confirmed';
  return (
    <div ref={ref} tabIndex={-1} class={good ? 'notice success' : 'notice warning'} role="alert" data-testid="arrival-notice">
      <p>
        {text} {notice.kind === 'already_paid' && <a href={notice.orderHref}>{t('cart.alreadyPaidLink')}</a>}
      </p>
    </div>
  );
}

export default function CartPage() {
  const { t, locale } = useI18n();
  const { query, route } = useLocation();
  const { cart, loading } = useCart();
  const [notice, setNotice] = useState<ArrivalNotice | undefined>();
  const [arriving, setArriving] = useState(Boolean(query.order || query.restore || query.confirm));
  const [error, setError] = useState<unknown>();
  usePageTitle(t('cart.title'), t('site.name'));

  useEffect(() => {
    if (!query.order && !query.restore && !query.confirm) {
      loadCart().catch(setError);
      return;
    }
    void handleArrival(query).then((result) => {
      setNotice(result);
      setArriving(false);
      // The link has done its job: a reload must not reopen, restore or confirm again.
      route('/panier', true);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const blocked = cart?.lines.some((line) => line.problem) ?? false;
  return (
    <div class="cart-page">
      <h1>{t('cart.title')}</h1>
      {notice && <ArrivalBanner notice={notice} />}
      {error !== undefined && <ErrorNotice error={error} />}
      {(loading || arriving) && !cart ? (
        <Loading minHeight="40vh" />
      ) : !cart || cart.lines.length === 0 ? (
        <div class="empty-cart">
          <p>{t('cart.empty')}</p>
          <p>
            <a href="/">{t('cart.continue')}</a>
          </p>
        </div>
      ) : (
        <div class="cart-layout">
          <section aria-labelledby="cart-lines-title">
            <h2 id="cart-lines-title" class="visually-hidden">
              {t('cart.lines')}
            </h2>
            <ul class="cart-lines">
              {cart.lines.map((line) => (
                <LineRow key={line.sku} line={line} onError={setError} />
              ))}
            </ul>
          </section>
          <aside class="cart-side" aria-labelledby="cart-summary-title">
            <h2 id="cart-summary-title">{t('cart.summary')}</h2>
            <FreeDelivery cart={cart} />
            <DiscountForm cart={cart} />
            <Totals cart={cart} />
            {cart.delivery.selected && (
              <p class="delivery-estimate">
                {t('cart.deliveryEstimate', { method: cart.delivery.selected.name, range: formatDayRange(cart.delivery.selected.estimate.from, cart.delivery.selected.estimate.to, locale) })}
              </p>
            )}
            {blocked ? (
              <p class="notice error">{t('error.out_of_stock')}</p>
            ) : (
              <a class="button primary" href="/commande/etapes/contact">
                {t('cart.checkout')}
              </a>
            )}
          </aside>
        </div>
      )}
    </div>
  );
}
