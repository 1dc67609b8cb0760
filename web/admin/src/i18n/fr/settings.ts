/** Texts of the settings pages. */
export const settings = {
  'settings.title': 'settings',
} as const;
