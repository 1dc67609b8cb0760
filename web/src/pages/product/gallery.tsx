import { useState } from 'preact/hooks';
import type { Image } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The product's photos: one large (size reserved), thumbnails as buttons to switch. */
export function Gallery({ images, title }: { images: Image[]; title: string }) {
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0];
  return (
    <section class="gallery" aria-label={t('product.gallery')}>
      <div class="gallery-main">
        {current ? <img src={current.url} alt={current.alt || title} width={600} height={600} fetchpriority="high" decoding="async" /> : <div class="image-placeholder" />}
      </div>
      {images.length > 1 && (
        <ul class="thumbnails">
          {images.map((image, position) => (
            <li key={image.url}>
              <button type="button" aria-pressed={position === index} aria-label={t('product.showImage', { n: position + 1, total: images.length })} onClick={() => setIndex(position)}>
                <img src={image.url} alt="" width={72} height={72} loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
