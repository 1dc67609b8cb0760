import type { Cart } from '../api/types.ts';
import { formatPrice, formatVatRate } from '../format/money.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Totals of a cart: subtotal, discount, delivery, total and the VAT it includes, per rate. */
export function Totals({ cart }: { cart: Cart }) {
  const { t, locale } = useI18n();
  const { totals, delivery } = cart;
  const money = (cents: number) => formatPrice(cents, locale);
  const shipping = !delivery.required ? t('cart.shippingNone') : delivery.selected ? (totals.shipping === 0 ? t('cart.shippingFree') : money(totals.shipping)) : '—';
  return (
    <dl class="totals">
      <div>
        <dt>{t('cart.subtotal')}</dt>
        <dd>{money(totals.subtotal)}</dd>
      </div>
      {totals.discount > 0 && (
        <div class="discount-line">
          <dt>{t('cart.discount')}</dt>
          <dd>−{money(totals.discount)}</dd>
        </div>
      )}
      <div>
        <dt>{t('cart.shipping')}</dt>
        <dd>{shipping}</dd>
      </div>
      <div class="grand-total">
        <dt>{t('cart.total')}</dt>
        <dd data-testid="cart-total">{money(totals.total)}</dd>
      </div>
      {totals.vat.map((line) => (
        <div key={line.rate} class="vat-line">
          <dt>{t('cart.vat', { rate: formatVatRate(line.rate, locale) })}</dt>
          <dd>{money(line.amount)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The compact summary beside every checkout step: items, then totals. */
export function OrderSummary({ cart }: { cart: Cart }) {
  const { t, locale } = useI18n();
  return (
    <aside class="order-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('cart.summary')}</h2>
      <ul class="summary-lines">
        {cart.lines.map((line) => (
          <li key={line.sku}>
            <span>
              {line.quantity} × {line.title}
            </span>
            <span>{formatPrice(line.lineTotal, locale)}</span>
          </li>
        ))}
      </ul>
      <Totals cart={cart} />
    </aside>
  );
}
