/** Texts of the categories pages. */
export const categories = {
  'categories.title': 'categories',
} as const;
