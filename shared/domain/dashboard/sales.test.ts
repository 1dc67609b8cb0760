import { describe, expect, it } from 'vitest';
import { salesFigures, salesWindow } from './sales.ts';

// Wednesday 15 July 2026, 10:00 in Paris.
const now = new Date('2026-07-15T08:00:00Z');

describe('salesFigures', () => {
  it('counts paid orders and their totals per Paris day, today and over seven days', () => {
    const figures = salesFigures(
      [
        { createdAt: '2026-07-15T07:00:00Z', paidAt: '2026-07-15T07:01:00Z', total: 2500 },
        // 23:30 UTC on the 14th is already the 15th in Paris.
        { createdAt: '2026-07-14T22:30:00Z', paidAt: '2026-07-14T22:31:00Z', total: 1000 },
        { createdAt: '2026-07-09T10:00:00Z', paidAt: '2026-07-09T10:02:00Z', total: 4990 },
      ],
      now,
    );
    expect(figures.today).toEqual({ orders: 2, revenue: 3500 });
    expect(figures.last7Days).toMatchObject({ orders: 3, revenue: 8490 });
    expect(figures.last7Days.byDay.map((day) => day.date)).toEqual(['2026-07-09', '2026-07-10', '2026-07-11', '2026-07-12', '2026-07-13', '2026-07-14', '2026-07-15']);
    expect(figures.last7Days.byDay[0]).toEqual({ date: '2026-07-09', orders: 1, revenue: 4990 });
    expect(figures.last7Days.byDay[5]).toEqual({ date: '2026-07-14', orders: 0, revenue: 0 });
  });

  it('leaves out orders never paid and orders older than the seven days', () => {
    const figures = salesFigures(
      [
        { createdAt: '2026-07-15T07:00:00Z', total: 2500 },
        { createdAt: '2026-07-08T21:59:00Z', paidAt: '2026-07-08T22:00:00Z', total: 1000 },
      ],
      now,
    );
    expect(figures.today).toEqual({ orders: 0, revenue: 0 });
    expect(figures.last7Days).toMatchObject({ orders: 0, revenue: 0 });
  });
});

describe('salesWindow', () => {
  it('starts at Paris midnight six days before today and ends now', () => {
    expect(salesWindow(now)).toEqual({ from: '2026-07-08T22:00:00.000Z', to: '2026-07-15T08:00:00.000Z' });
  });
});
