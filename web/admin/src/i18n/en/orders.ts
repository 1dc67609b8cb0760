import type { orders as fr } from '../fr/orders.ts';

export const orders: Record<keyof typeof fr, string> = {
  'orders.title': 'orders',
};
