import { useAdminI18n } from '../../i18n/i18n.tsx';
import { fieldErrorText, unplacedErrors, type FieldErrors } from './field-errors.ts';

/** Field errors that belong to no field on the page, so that none goes unseen. */
export function OtherErrors({ errors }: { errors: FieldErrors }) {
  const i18n = useAdminI18n();
  const others = unplacedErrors(errors);
  if (!others.length) return null;
  return (
    <div class="notice error">
      <p>{i18n.t('products.edit.otherErrors')}</p>
      <ul>
        {others.map(([path, detail]) => (
          <li key={path}>
            <code>{path}</code> : {fieldErrorText(detail, i18n)}
          </li>
        ))}
      </ul>
    </div>
  );
}
