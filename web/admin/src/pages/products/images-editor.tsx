import { useEffect, useRef, useState } from 'preact/hooks';
import { imageTypes, uploadImage } from '../../api/products.ts';
import { Field } from '../../components/field.tsx';
import type { NoticeValue } from '../../components/notice.tsx';
import { errorText } from '../../i18n/error-text.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { FieldErrors } from './field-errors.ts';
import { useErrorAt } from './product-fields.tsx';
import type { ImageDraft } from './product-form.ts';

const maxImages = 12;

interface Pending {
  id: number;
  name: string;
  /** Object URL of the chosen file: the preview before the upload ends. */
  preview: string;
  failed: boolean;
}

const moved = <T,>(items: T[], from: number, to: number): T[] => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/**
 * The product's images: each chosen file is previewed at once and uploaded straight to the media
 * bucket; once there it joins the list (previewed from the shop's `/media/…` address) with its
 * alternative texts, and can be reordered or removed. The product itself is saved separately.
 */
export function ImagesEditor({
  images,
  onChange,
  errors,
  onNotice,
}: {
  images: ImageDraft[];
  /** Takes the next list, or a change to apply to the current one (uploads finish at any time). */
  onChange: (next: ImageDraft[] | ((current: ImageDraft[]) => ImageDraft[])) => void;
  errors: FieldErrors;
  onNotice: (notice: NoticeValue) => void;
}) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const errorAt = useErrorAt(errors);
  const [pending, setPending] = useState<Pending[]>([]);
  const pendingNow = useRef(pending);
  pendingNow.current = pending;
  const nextId = useRef(0);
  // Object URLs hold the file in memory until revoked.
  useEffect(() => () => pendingNow.current.forEach((item) => URL.revokeObjectURL(item.preview)), []);

  const update = (index: number, patch: Partial<ImageDraft>) => onChange(images.map((image, at) => (at === index ? { ...image, ...patch } : image)));
  const drop = (id: number) =>
    setPending((items) => {
      const item = items.find((candidate) => candidate.id === id);
      if (item) URL.revokeObjectURL(item.preview);
      return items.filter((candidate) => candidate.id !== id);
    });

  const upload = async (file: File) => {
    const id = nextId.current++;
    setPending((items) => [...items, { id, name: file.name, preview: URL.createObjectURL(file), failed: false }]);
    try {
      const url = await uploadImage(file);
      onChange((current) => [...current, { url, altFr: '', altEn: '' }]);
      drop(id);
      onNotice({ kind: 'success', text: t('products.images.uploaded', { name: file.name }) });
    } catch (error) {
      setPending((items) => items.map((item) => (item.id === id ? { ...item, failed: true } : item)));
      onNotice({ kind: 'error', text: `${t('products.images.failed', { name: file.name })} ${errorText(error, i18n)}` });
    }
  };

  const room = maxImages - images.length - pending.filter((item) => !item.failed).length;
  return (
    <fieldset>
      <legend>{t('products.section.images')}</legend>
      {images.length === 0 && pending.length === 0 && <p>{t('products.images.none')}</p>}
      {images.length > 0 && (
        <ol class="image-list" aria-label={t('products.images.list')}>
          {images.map((image, index) => {
            const n = index + 1;
            return (
              <li key={image.url} class="image-item">
                <img src={image.url} alt={t('products.images.preview', { n })} width={96} height={96} />
                <div class="image-fields">
                  <Field label={t('products.images.altFr', { n })} error={errorAt(`images.${index}.alt.fr`, `images.${index}.alt`, `images.${index}.url`)}>
                    <input value={image.altFr} maxLength={200} required onInput={(event) => update(index, { altFr: event.currentTarget.value })} />
                  </Field>
                  <Field label={t('products.images.altEn', { n })} error={errorAt(`images.${index}.alt.en`)}>
                    <input value={image.altEn} maxLength={200} required lang="en" onInput={(event) => update(index, { altEn: event.currentTarget.value })} />
                  </Field>
                  <div class="actions">
                    <button type="button" disabled={index === 0} onClick={() => onChange(moved(images, index, index - 1))}>
                      {t('products.images.up', { n })}
                    </button>
                    <button type="button" disabled={index === images.length - 1} onClick={() => onChange(moved(images, index, index + 1))}>
                      {t('products.images.down', { n })}
                    </button>
                    <button type="button" class="danger" onClick={() => onChange(images.filter((_, at) => at !== index))}>
                      {t('products.images.remove', { n })}
                    </button>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {pending.length > 0 && (
        <ul class="image-list pending">
          {pending.map((item) => (
            <li key={item.id} class="image-item">
              <img src={item.preview} alt={t('products.images.pendingPreview', { name: item.name })} width={96} height={96} />
              {item.failed ? (
                <p class="field-error">
                  {t('products.images.failed', { name: item.name })}{' '}
                  <button type="button" class="link-button" onClick={() => drop(item.id)}>
                    {t('products.images.dismiss', { name: item.name })}
                  </button>
                </p>
              ) : (
                <p aria-busy="true">{t('products.images.uploading', { name: item.name })}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {room > 0 ? (
        <Field label={t('products.images.add')} hint={t('products.images.addHint')}>
          <input
            type="file"
            accept={imageTypes.join(',')}
            onChange={(event) => {
              const input = event.currentTarget;
              const files = [...(input.files ?? [])].slice(0, room);
              input.value = '';
              for (const file of files) void upload(file);
            }}
          />
        </Field>
      ) : (
        <p>{t('products.images.full')}</p>
      )}
    </fieldset>
  );
}
