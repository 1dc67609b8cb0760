import type { products as fr } from '../fr/products.ts';

export const products: Record<keyof typeof fr, string> = {
  'products.title': 'products',
};
