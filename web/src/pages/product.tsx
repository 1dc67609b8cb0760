import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso/router';
import { ApiError } from '../api/client.ts';
import { getProduct } from '../api/catalog.ts';
import type { Product, PublicReview } from '../api/types.ts';
import { addToCart } from '../cart/cart-store.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { ErrorNotice, Loading } from '../components/feedback.tsx';
import { Price } from '../components/price.tsx';
import { RatingLine } from '../components/rating.tsx';
import { formatDayRange } from '../format/dates.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { announce } from '../lib/announcer.tsx';
import { usePageTitle } from '../lib/page-title.ts';
import { useAsync } from '../lib/use-async.ts';
import NotFound from './not-found.tsx';
import { Gallery } from './product/gallery.tsx';
import { choose, initialSelection, variantFor, type Selection } from './product/variant-choice.ts';
import { VariantPicker } from './product/variant-picker.tsx';
import { ProductReviews } from './product/reviews.tsx';
import { productJsonLd, serializeJsonLd } from './product/structured-data.ts';

const maxQuantity = 10;

function StockState({ product, variant }: { product: Product; variant: Product['variants'][number] | undefined }) {
  const { t } = useI18n();
  if (!variant) return <p class="stock out">{t('product.combinationUnavailable')}</p>;
  if (variant.digital) return <p class="stock in">{t('product.download')}</p>;
  if (!variant.inStock) return <p class="stock out">{t('common.outOfStock')}</p>;
  const stock = variant.stock ?? 0;
  return (
    <>
      <p class="stock in">{stock <= 5 ? t('common.lowStock', { count: stock }) : t('common.inStock')}</p>
      {product.delivery.type === 'shipping' && <DeliveryEstimate from={product.delivery.from} to={product.delivery.to} />}
    </>
  );
}

function DeliveryEstimate({ from, to }: { from: string; to: string }) {
  const { t, locale } = useI18n();
  return <p class="delivery-estimate">{t('product.delivery', { range: formatDayRange(from, to, locale) })}</p>;
}

/** The page's schema.org Product (with its rating and the reviews shown), kept in the document head while the page is open. */
function useStructuredData(product: Product, reviews: PublicReview[]) {
  useEffect(() => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.id = 'product-structured-data';
    script.textContent = serializeJsonLd(productJsonLd(product, reviews, `${location.origin}/produit/${product.slug}`));
    document.getElementById(script.id)?.remove();
    document.head.append(script);
    return () => script.remove();
  }, [product, reviews]);
}

function ProductView({ product }: { product: Product }) {
  const { t, locale } = useI18n();
  const [selection, setSelection] = useState<Selection>(() => initialSelection(product.variants));
  const [quantity, setQuantity] = useState(1);
  const [adding, setAdding] = useState(false);
  const [result, setResult] = useState<{ ok: true } | { ok: false; message: string } | undefined>();
  const [reviews, setReviews] = useState<PublicReview[]>([]);
  useStructuredData(product, reviews);
  const variant = variantFor(product.variants, selection) ?? (product.variants.length === 1 ? product.variants[0] : undefined);
  const purchasable = Boolean(variant?.inStock);
  const limit = Math.max(1, Math.min(maxQuantity, variant?.digital ? maxQuantity : (variant?.stock ?? 1)));

  useEffect(() => setQuantity((current) => Math.min(current, limit)), [limit]);

  const add = async (event: Event) => {
    event.preventDefault();
    if (!variant || adding) return;
    setAdding(true);
    setResult(undefined);
    try {
      await addToCart(variant.sku, quantity, locale);
      setResult({ ok: true });
      announce(t('product.added', { title: product.title }));
    } catch (error) {
      const message = errorMessage(error, t, locale);
      setResult({ ok: false, message });
    } finally {
      setAdding(false);
    }
  };

  const prices = product.variants.map((entry) => entry.price);
  const fromPrice = Math.min(...prices);
  return (
    <>
      <Breadcrumbs trail={[{ label: t('common.home'), href: '/' }, ...product.category.map((step) => ({ label: step.name, href: `/categorie/${step.slug}` })), { label: product.title }]} />
      <div class="product">
        <Gallery images={product.images} title={product.title} />
        <div class="product-info">
          <h1>{product.title}</h1>
          <p class="brand-line">{t('product.brand', { brand: product.brand })}</p>
          <RatingLine rating={product.rating} href="#avis" />
          <p class="product-price">
            {variant ? <Price price={variant.price} compareAtPrice={variant.compareAtPrice} /> : <Price price={fromPrice} from={new Set(prices).size > 1} />}{' '}
            <span class="ttc">{t('common.ttc')}</span>
          </p>
          <form class="buy-form" onSubmit={add}>
            <VariantPicker variants={product.variants} selection={selection} onChoose={(name, value) => setSelection(choose(product.variants, selection, name, value))} />
            <div aria-live="polite">
              <StockState product={product} variant={variant} />
            </div>
            {purchasable && (
              <p class="quantity">
                <label for="quantity">{t('product.quantity')}</label>
                <select id="quantity" value={quantity} onChange={(event) => setQuantity(Number(event.currentTarget.value))}>
                  {Array.from({ length: limit }, (_, index) => index + 1).map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </p>
            )}
            <button type="submit" class="primary" disabled={!purchasable || adding} aria-disabled={!purchasable || adding}>
              {adding ? t('product.adding') : t('product.addToCart')}
            </button>
            <div class="add-result" role={result && !result.ok ? 'alert' : undefined}>
              {result?.ok && (
                <p class="notice success">
                  {t('product.added', { title: product.title })} <a href="/panier">{t('product.viewCart')}</a>
                </p>
              )}
              {result && !result.ok && <p class="notice error">{result.message}</p>}
            </div>
          </form>
          {variant && <p class="sku">{t('product.sku', { sku: variant.sku })}</p>}
          <section aria-labelledby="description-title">
            <h2 id="description-title">{t('product.description')}</h2>
            <p>{product.description}</p>
          </section>
          {Object.keys(product.attributes).length > 0 && (
            <section aria-labelledby="details-title">
              <h2 id="details-title">{t('product.details')}</h2>
              <dl class="attributes">
                {Object.entries(product.attributes).map(([name, value]) => (
                  <div key={name}>
                    <dt>{name.charAt(0).toUpperCase() + name.slice(1)}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
        </div>
      </div>
      <ProductReviews product={product} onReviews={setReviews} />
    </>
  );
}

export default function ProductPage() {
  const { t, locale } = useI18n();
  const { params } = useRoute();
  const slug = params.slug ?? '';
  const [product, retry] = useAsync(() => getProduct(slug, locale), [slug, locale]);
  usePageTitle(product.data?.title, t('site.name'));
  if (product.status === 'error') {
    if (product.error instanceof ApiError && product.error.status === 404) return <NotFound message={t('notFound.product')} />;
    return <ErrorNotice error={product.error} retry={retry} />;
  }
  if (!product.data) return <Loading />;
  return <ProductView key={product.data.id} product={product.data} />;
}
