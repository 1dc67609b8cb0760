import type { categories as fr } from '../fr/categories.ts';

export const categories: Record<keyof typeof fr, string> = {
  'categories.title': 'categories',
};
