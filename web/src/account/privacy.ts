/**
 * The pure parts of the "My data" page: the export's file name from the API's
 * `content-disposition`, and the orders a refused deletion names, with why, as the shopper reads them.
 */
import { ApiError } from '../api/client.ts';
import type { AccountKey } from './i18n/dictionary.ts';

export const fallbackExportName = 'donnees-personnelles.json';

/**
 * The file name `content-disposition` gives (`filename*=UTF-8''…` first, then `filename="…"` or a
 * bare token), reduced to a plain name: no folder, no control character; the fallback otherwise.
 */
export const filenameFromDisposition = (header: string | null | undefined, fallback = fallbackExportName): string => {
  if (!header) return fallback;
  let name: string | undefined;
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      name = decodeURIComponent(extended[2]!.trim().replace(/^"|"$/g, ''));
    } catch {
      name = undefined;
    }
  }
  if (!name) {
    const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
    name = plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]) : undefined;
  }
  // eslint-disable-next-line no-control-regex
  const cleaned = name?.split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
};

export const inProgressReasons = ['payment_pending', 'fulfilment_pending', 'delivery_pending', 'return_pending', 'refund_pending'] as const;
export type InProgressReason = (typeof inProgressReasons)[number];

export interface OrderInProgress {
  orderId: string;
  number: string;
  /** A reason this page does not know yet reads as the generic one. */
  reason: InProgressReason | 'other';
}

/** The sentence that says why an order stops the deletion. */
export const reasonKey = (reason: OrderInProgress['reason']): AccountKey => `data.reason.${reason}`;

/** The orders named by a 409 `orders_in_progress` refusal, or undefined for any other failure. */
export const ordersInProgressOf = (error: unknown): OrderInProgress[] | undefined => {
  if (!(error instanceof ApiError) || error.code !== 'orders_in_progress') return undefined;
  const listed = (error.details as { orders?: unknown } | undefined)?.orders;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((entry: unknown) => {
    const { orderId, number, reason } = (entry ?? {}) as Record<string, unknown>;
    if (typeof orderId !== 'string' || !orderId) return [];
    const known = (inProgressReasons as readonly unknown[]).includes(reason);
    return [{ orderId, number: typeof number === 'string' && number ? number : orderId, reason: known ? (reason as InProgressReason) : 'other' }];
  });
};
