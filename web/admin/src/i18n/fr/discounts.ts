/** Texts of the discounts pages. */
export const discounts = {
  'discounts.title': 'discounts',
} as const;
