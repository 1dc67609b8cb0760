/** The admin dashboard API, typed. Money is integer cents; days are the shop's (Europe/Paris). */
import type { AwaitingShipment } from '#shared/domain/dashboard/awaiting.ts';
import type { LowStockVariant } from '#shared/domain/dashboard/low-stock.ts';
import type { SalesFigures } from '#shared/domain/dashboard/sales.ts';
import { adminRequest } from './client.ts';

export type { AwaitingOrder, AwaitingShipment } from '#shared/domain/dashboard/awaiting.ts';
export type { LowStockVariant } from '#shared/domain/dashboard/low-stock.ts';
export type { DayFigures } from '#shared/domain/dashboard/sales.ts';

export interface DeadLetterDepth {
  queue: string;
  messages: number;
}

export interface Dashboard extends SalesFigures {
  awaitingShipment: AwaitingShipment;
  lowStock: LowStockVariant[];
  lowStockThreshold: number;
  /** Null when the queues could not be read. */
  deadLetters: DeadLetterDepth[] | null;
  generatedAt: string;
}

export const getDashboard = (threshold?: number) => adminRequest<Dashboard>('GET', '/admin/dashboard', undefined, { threshold });
