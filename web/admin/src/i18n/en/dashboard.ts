import type { dashboard as fr } from '../fr/dashboard.ts';

export const dashboard: Record<keyof typeof fr, string> = {
  'dashboard.title': 'dashboard',
};
