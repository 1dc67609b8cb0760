/** Texts of the orders pages. */
export const orders = {
  'orders.title': 'orders',
} as const;
