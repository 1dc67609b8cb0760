import type { settings as fr } from '../fr/settings.ts';

export const settings: Record<keyof typeof fr, string> = {
  'settings.title': 'settings',
};
