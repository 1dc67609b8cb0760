/** Field errors of the category forms: checked before sending, or read from the API's refusal, as dictionary keys. */
import { ApiError } from '../../../../src/api/client.ts';
import type { AdminMessageKey } from '../../i18n/dictionaries.ts';
import { slugPattern } from './tree-model.ts';

export type CategoryField = 'slug' | 'nameFr' | 'nameEn' | 'parent';
export type CategoryFieldErrors = Partial<Record<CategoryField, AdminMessageKey>>;

const fieldOfPath: Record<string, CategoryField> = { 'body.slug': 'slug', 'body.name.fr': 'nameFr', 'body.name.en': 'nameEn', 'body.parent': 'parent' };

const keyOf = (code: string): AdminMessageKey => {
  switch (code) {
    case 'too_small':
    case 'invalid_type':
      return 'categories.fieldError.required';
    case 'too_big':
      return 'categories.fieldError.tooLong';
    case 'invalid_format':
      return 'categories.fieldError.slug';
    default:
      return 'categories.fieldError.invalid';
  }
};

/** What the API said about each field; a taken slug is the slug field's problem. */
export const apiFieldErrors = (error: unknown): CategoryFieldErrors => {
  if (!(error instanceof ApiError)) return {};
  if (error.code === 'category_slug_taken') return { slug: 'error.category_slug_taken' };
  const errors: CategoryFieldErrors = {};
  for (const detail of error.fieldErrors) {
    const field = fieldOfPath[detail.path];
    if (field) errors[field] ??= keyOf(detail.code);
  }
  return errors;
};

/** What can be told before sending: names present, slug well formed (when the form has one). */
export const formFieldErrors = (values: { slug?: string; nameFr: string; nameEn: string }): CategoryFieldErrors => {
  const errors: CategoryFieldErrors = {};
  if (values.slug !== undefined) {
    if (!values.slug.trim()) errors.slug = 'categories.fieldError.required';
    else if (!slugPattern.test(values.slug.trim())) errors.slug = 'categories.fieldError.slug';
  }
  if (!values.nameFr.trim()) errors.nameFr = 'categories.fieldError.required';
  if (!values.nameEn.trim()) errors.nameEn = 'categories.fieldError.required';
  return errors;
};

export const hasErrors = (errors: CategoryFieldErrors): boolean => Object.keys(errors).length > 0;
