/** Texts of the dashboard pages. */
export const dashboard = {
  'dashboard.title': 'dashboard',
} as const;
