import type { AccountOrderSummary } from './api.ts';

/** The history so far with the next page after it; an order already shown (placed or claimed meanwhile) is not repeated. */
export const appendOrders = (shown: AccountOrderSummary[], next: AccountOrderSummary[]): AccountOrderSummary[] => {
  const seen = new Set(shown.map((order) => order.id));
  return [...shown, ...next.filter((order) => !seen.has(order.id))];
};

/** "Baskets ×2, Carnet" — the first titles of an order, for its line in the history. */
export const linesSummary = (lines: AccountOrderSummary['lines'], more: (count: number) => string, shown = 3): string => {
  const titles = lines.slice(0, shown).map((line) => (line.quantity > 1 ? `${line.title} ×${line.quantity}` : line.title));
  const rest = lines.length - shown;
  return rest > 0 ? `${titles.join(', ')} ${more(rest)}` : titles.join(', ');
};
