import type { discounts as fr } from '../fr/discounts.ts';

export const discounts: Record<keyof typeof fr, string> = {
  'discounts.title': 'discounts',
};
