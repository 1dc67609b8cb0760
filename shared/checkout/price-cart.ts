/**
 * Prices a cart from the live catalog: line prices and stock, totals with VAT per rate, delivery
 * options for a country, and the discount code's effect. Used to show the cart and, identically,
 * to check it out: the client never supplies a price.
 */
import { getDiscount, getDiscountUses } from '#shared/data/discount-repository.ts';
import { emailHashOf } from '#shared/data/email-hash.ts';
import { liveVariants, type LiveVariant } from '#shared/data/variant-lookup.ts';
import { isDigital, isInStock, type Locale, type Localized } from '#shared/domain/catalog/model.ts';
import type { Cart } from '#shared/domain/carts/model.ts';
import { evaluateDiscount, type DiscountRefusal } from '#shared/domain/checkout/discounts.ts';
import { computeTotals, type PricedLine, type Totals } from '#shared/domain/checkout/totals.ts';
import { quoteDelivery, type DeliveryConfig, type DeliveryQuote } from '#shared/domain/delivery/methods.ts';
import { reminderState } from '#shared/domain/reminders/consent.ts';

export interface CartLineView {
  sku: string;
  productId: string;
  slug: string;
  title: Localized;
  image: { url: string; alt: Localized } | null;
  options: Record<string, string>;
  quantity: number;
  unitPrice: number;
  compareAtPrice?: number;
  vatRate: number;
  digital: boolean;
  /** Units available now; null for digital goods. */
  available: number | null;
  /** Why the line cannot be bought as it is, if it cannot. */
  problem?: 'unavailable' | 'insufficient_stock';
}

export type AppliedDiscount =
  | { code: string; ok: true; amount: number; freeShipping: boolean }
  | { code: string; ok: false; reason: DiscountRefusal; details?: Record<string, number | string> };

export interface PricedCart {
  lines: CartLineView[];
  priced: PricedLine[];
  totals: Totals;
  delivery: { required: boolean; options: DeliveryQuote[]; selected?: DeliveryQuote };
  /** The cart's code and what it does now: applied, or refused with the reason. */
  discount?: AppliedDiscount;
}

/** The key under which an email's discount uses are counted. */
export const emailHash = emailHashOf;

export interface PricingChoices {
  /** The shop's delivery methods and rates (from its settings). */
  delivery: DeliveryConfig;
  country?: string;
  deliveryMethod?: string;
  email?: string;
  discountCode?: string;
  now: Date;
  /** Variants the caller has just read live; they are not read again. */
  known?: Map<string, LiveVariant>;
}

export const priceCart = async (cart: Cart, choices: PricingChoices): Promise<PricedCart> => {
  const missing = cart.lines.filter((line) => !choices.known?.has(line.sku));
  const live = new Map([...(choices.known ?? []), ...(missing.length ? await liveVariants(missing) : [])]);
  const lines: CartLineView[] = cart.lines.map((line) => {
    const found = live.get(line.sku);
    if (!found || found.product.status !== 'active' || found.variant.status !== 'active') {
      return { sku: line.sku, productId: line.productId, slug: found?.product.slug ?? '', title: found?.product.title ?? { fr: line.sku, en: line.sku }, image: null, options: {}, quantity: line.quantity, unitPrice: 0, vatRate: 0, digital: false, available: 0, problem: 'unavailable' };
    }
    const { variant, product } = found;
    const digital = isDigital(variant);
    const available = digital ? null : Math.max(0, variant.stock ?? 0);
    return {
      sku: line.sku,
      productId: line.productId,
      slug: product.slug,
      title: product.title,
      image: product.images[0] ?? null,
      options: variant.options as Record<string, string>,
      quantity: line.quantity,
      unitPrice: variant.price,
      ...(variant.compareAtPrice !== undefined && variant.compareAtPrice > variant.price ? { compareAtPrice: variant.compareAtPrice } : {}),
      vatRate: variant.vatRate,
      digital,
      available,
      ...(!isInStock(variant) ? { problem: 'unavailable' as const } : available !== null && available < line.quantity ? { problem: 'insufficient_stock' as const } : {}),
    };
  });

  const priced: PricedLine[] = lines
    .filter((line) => line.problem !== 'unavailable')
    .map((line) => ({ sku: line.sku, quantity: line.quantity, unitPrice: line.unitPrice, vatRate: line.vatRate, weightGrams: 0, digital: line.digital }));
  for (const line of priced) line.weightGrams = live.get(line.sku)?.variant.weightGrams ?? 0;
  const goods = computeTotals(priced, { discount: 0, shipping: 0 });

  const code = choices.discountCode ?? cart.discountCode;
  let discount: PricedCart['discount'];
  if (code) {
    const email = choices.email ?? cart.email;
    const [found, usesByEmail] = await Promise.all([getDiscount(code), email ? getDiscountUses(code, emailHash(email)) : Promise.resolve(0)]);
    const verdict = evaluateDiscount(found, { subtotal: goods.subtotal, now: choices.now, usesByEmail, emailHash: email ? emailHash(email) : undefined });
    discount = verdict.ok ? { ...verdict, code } : { code, ok: false, reason: verdict.code, ...(verdict.details ? { details: verdict.details } : {}) };
  }
  const discountAmount = discount?.ok ? discount.amount : 0;

  const required = priced.length > 0 && !goods.digitalOnly;
  const options = required
    ? quoteDelivery(choices.delivery, { country: choices.country ?? 'FR', weightGrams: goods.weightGrams, goodsTotal: goods.subtotal - discountAmount, now: choices.now })
    : [];
  const selectedQuote = options.find((option) => option.method === choices.deliveryMethod) ?? (choices.deliveryMethod ? undefined : options[0]);
  const shipping = selectedQuote && !(discount?.ok && discount.freeShipping) ? selectedQuote.price : 0;
  const totals = computeTotals(priced, { discount: discountAmount, shipping });
  return { lines, priced, totals, delivery: { required, options, ...(selectedQuote ? { selected: { ...selectedQuote, price: shipping } } : {}) }, ...(discount ? { discount } : {}) };
};

/** The cart as the storefront shows it, in the shopper's language. */
export const presentCart = (cart: Cart, pricing: PricedCart, locale: Locale) => ({
  id: cart.id,
  version: cart.version,
  status: cart.status,
  locale: cart.locale,
  email: cart.email ?? null,
  reminderConsent: cart.reminderConsent,
  reminders: reminderState(cart),
  lines: pricing.lines.map((line) => ({
    sku: line.sku,
    slug: line.slug,
    title: line.title[locale],
    image: line.image && { url: line.image.url, alt: line.image.alt[locale] },
    options: line.options,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    ...(line.compareAtPrice ? { compareAtPrice: line.compareAtPrice } : {}),
    lineTotal: line.unitPrice * line.quantity,
    vatRate: line.vatRate,
    digital: line.digital,
    available: line.available,
    ...(line.problem ? { problem: line.problem } : {}),
  })),
  totals: pricing.totals,
  delivery: {
    required: pricing.delivery.required,
    options: pricing.delivery.options.map((option) => ({ ...option, name: option.name[locale] })),
    selected: pricing.delivery.selected ? { ...pricing.delivery.selected, name: pricing.delivery.selected.name[locale] } : null,
  },
  discount: pricing.discount ?? null,
});
