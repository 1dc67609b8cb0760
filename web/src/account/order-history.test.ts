import { describe, expect, it } from 'vitest';
import type { AccountOrderSummary } from './api.ts';
import { appendOrders, linesSummary } from './order-history.ts';

const order = (id: string): AccountOrderSummary => ({ id, number: id, status: 'paid', createdAt: '2026-01-01T00:00:00Z', total: 100, itemCount: 1, lines: [] });

describe('appendOrders', () => {
  it('puts the next page after the orders shown', () => {
    expect(appendOrders([order('c'), order('b')], [order('a')]).map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
  });

  it('does not repeat an order already shown', () => {
    expect(appendOrders([order('c'), order('b')], [order('b'), order('a')]).map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('linesSummary', () => {
  const more = (count: number) => `+${count}`;

  it('lists the titles with their quantity above one', () => {
    expect(linesSummary([{ sku: 'a', title: 'Baskets', quantity: 2 }, { sku: 'b', title: 'Carnet', quantity: 1 }], more)).toBe('Baskets ×2, Carnet');
  });

  it('counts the lines beyond the first three', () => {
    const lines = ['A', 'B', 'C', 'D', 'E'].map((title) => ({ sku: title, title, quantity: 1 }));
    expect(linesSummary(lines, more)).toBe('A, B, C +2');
  });
});
