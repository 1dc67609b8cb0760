/**
 * The dashboard's sales figures: paid orders and their totals per shop day (Europe/Paris), today
 * and over the last seven days. An order counts on the day it was placed, for its total as paid
 * (later refunds do not lower it); orders never paid do not count.
 */
import { shopDayOf, shopDayStart, shopDaysUntil } from '#shared/domain/shop-clock.ts';

export interface OrderForFigures {
  createdAt: string;
  paidAt?: string;
  total: number;
}

export interface DayFigures {
  date: string;
  orders: number;
  revenue: number;
}

export interface SalesFigures {
  today: { orders: number; revenue: number };
  last7Days: { orders: number; revenue: number; byDay: DayFigures[] };
}

export const salesWindowDays = 7;

/** The time range the figures need, from the start of the oldest day to `now`. */
export const salesWindow = (now: Date): { from: string; to: string } => ({ from: shopDayStart(shopDaysUntil(now, salesWindowDays)[0]!), to: now.toISOString() });

/** Figures per day for the seven days ending today; orders outside them are ignored. */
export const salesFigures = (orders: OrderForFigures[], now: Date): SalesFigures => {
  const byDay = new Map(shopDaysUntil(now, salesWindowDays).map((date): [string, DayFigures] => [date, { date, orders: 0, revenue: 0 }]));
  for (const order of orders) {
    if (!order.paidAt) continue;
    const day = byDay.get(shopDayOf(order.createdAt));
    if (!day) continue;
    day.orders += 1;
    day.revenue += order.total;
  }
  const days = [...byDay.values()];
  const today = days.at(-1)!;
  return {
    today: { orders: today.orders, revenue: today.revenue },
    last7Days: { orders: days.reduce((sum, day) => sum + day.orders, 0), revenue: days.reduce((sum, day) => sum + day.revenue, 0), byDay: days },
  };
};
