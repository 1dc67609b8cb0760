import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src/api/client.ts';
import { en } from '../../i18n/dictionaries.ts';
import { products as fr } from '../../i18n/fr/products.ts';
import { fieldErrorKey, fieldErrorsOf, under, unplacedErrors, variantFieldError } from './field-errors.ts';

describe('fieldErrorKey', () => {
  it('tells text from numbers for size errors', () => {
    expect(fieldErrorKey({ path: 'body.title.fr', code: 'too_small' })).toBe('products.fieldError.required');
    expect(fieldErrorKey({ path: 'body.variants.0.price', code: 'too_small' })).toBe('products.fieldError.outOfRange');
    expect(fieldErrorKey({ path: 'body.brand', code: 'too_big' })).toBe('products.fieldError.tooLong');
    expect(fieldErrorKey({ path: 'body.variants', code: 'too_small' })).toBe('products.fieldError.variantsRequired');
  });

  it('explains a format by the field it is about, and a rule by its code', () => {
    expect(fieldErrorKey({ path: 'body.slug', code: 'invalid_format' })).toBe('products.fieldError.format.slug');
    expect(fieldErrorKey({ path: 'body.variants.1.sku', code: 'invalid_format' })).toBe('products.fieldError.format.sku');
    expect(fieldErrorKey({ path: 'body.options.colour', code: 'invalid_format' })).toBe('products.fieldError.format.option');
    expect(fieldErrorKey({ path: 'body.variants.0.weightGrams', code: 'weight_required' })).toBe('products.fieldError.weight_required');
  });

  it('has a French and an English text for every rule the catalog API applies', () => {
    for (const code of ['unknown_category', 'compare_at_not_higher', 'weight_required', 'digital_file_required', 'not_digital', 'duplicate_sku', 'stock_not_applicable']) {
      const key = fieldErrorKey({ path: 'body.x', code }) as keyof typeof fr;
      expect(fr[key], code).toBeTruthy();
      expect(en[key], code).toBeTruthy();
    }
  });
});

describe('fieldErrorsOf', () => {
  it('keys an API error’s details by path without body, first one per field', () => {
    const error = new ApiError(400, 'validation_failed', 'invalid', [
      { path: 'body.slug', code: 'invalid_format', message: 'a' },
      { path: 'body.slug', code: 'too_big', message: 'b' },
      { path: 'body.variants.1.options.size', code: 'invalid_format', message: 'c' },
    ]);
    const errors = fieldErrorsOf(error);
    expect(Object.keys(errors)).toEqual(['slug', 'variants.1.options.size']);
    expect(errors.slug?.code).toBe('invalid_format');
    expect(variantFieldError(under(errors, 'variants.1'), 'size')?.message).toBe('c');
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });

  it('sets apart the errors no field of the product form shows', () => {
    const errors = fieldErrorsOf([
      { path: 'body.title.en', code: 'too_small', message: '' },
      { path: 'body.images.0.alt.fr', code: 'too_small', message: '' },
      { path: 'body', code: 'unrecognized_keys', message: '' },
    ]);
    expect(unplacedErrors(errors).map(([path]) => path)).toEqual(['']);
  });
});
