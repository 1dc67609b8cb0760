/** Texts of the products pages. */
export const products = {
  'products.title': 'products',
} as const;
