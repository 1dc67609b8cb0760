import type { ListingItem } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Price } from './price.tsx';
import { formatAverage, Stars } from './rating.tsx';

/** One product in a grid: image with reserved size, title link, price, sale and stock badges. */
export function ProductCard({ item, eager = false }: { item: ListingItem; eager?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <article class="product-card">
      <div class="card-image">
        {item.image ? (
          <img src={item.image.url} alt="" width={300} height={300} loading={eager ? 'eager' : 'lazy'} decoding="async" />
        ) : (
          <div class="image-placeholder" />
        )}
        {item.onSale && <span class="badge sale">{t('common.onSale')}</span>}
      </div>
      <h3 class="card-title">
        <a href={`/produit/${item.slug}`}>{item.title}</a>
      </h3>
      <p class="card-brand">{item.brand}</p>
      <p class="card-price">
        <Price price={item.price} compareAtPrice={item.compareAtPrice} />
      </p>
      {item.rating && (
        <p class="card-rating">
          <Stars value={item.rating.average} />{' '}
          <span aria-hidden="true">
            {formatAverage(item.rating.average, locale)} ({item.rating.count})
          </span>
          <span class="visually-hidden">
            {t('rating.summary', { average: formatAverage(item.rating.average, locale), count: item.rating.count === 1 ? t('rating.countOne') : t('rating.countMany', { count: item.rating.count }) })}
          </span>
        </p>
      )}
      {!item.inStock && <p class="stock out">{t('common.outOfStock')}</p>}
    </article>
  );
}

/** A grid of cards; while `items` is undefined, `placeholders` empty cards of the same size hold the space. */
export function ProductGrid({ items, eagerCount = 0, label, placeholders = 4 }: { items: ListingItem[] | undefined; eagerCount?: number; label?: string; placeholders?: number }) {
  if (!items) {
    return (
      <ul class="product-grid" aria-hidden="true">
        {Array.from({ length: placeholders }, (_, index) => (
          <li key={index} class="card-placeholder">
            <div class="card-image" />
            <div class="placeholder-text" />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul class="product-grid" aria-label={label}>
      {items.map((item, index) => (
        <li key={item.id}>
          <ProductCard item={item} eager={index < eagerCount} />
        </li>
      ))}
    </ul>
  );
}
