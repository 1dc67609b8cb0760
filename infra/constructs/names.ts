/** `cart-reminders` → `CartReminders`: construct ids, hence logical ids, from manifest names. */
export const pascalCase = (name: string): string =>
  name.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
