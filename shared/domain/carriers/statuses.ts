/**
 * Shipment statuses shared by every carrier source, and the rule that decides whether an update
 * moves a shipment forward: carriers retry and reorder their webhooks, so a duplicate or a stale
 * update must change nothing.
 */

export const shipmentStatuses = ['label_created', 'in_transit', 'out_for_delivery', 'delivered', 'exception'] as const;
export type ShipmentStatus = (typeof shipmentStatuses)[number];

// Exception ranks between out_for_delivery and delivered: it can interrupt any step short of
// delivery, and only delivery (or the carrier resuming, see isProgress) supersedes it.
const ranks: Record<ShipmentStatus, number> = {
  label_created: 0,
  in_transit: 1,
  out_for_delivery: 2,
  exception: 3,
  delivered: 4,
};

/** Position of a status on the way to delivery: label_created 0 < in_transit 1 < out_for_delivery 2 < exception 3 < delivered 4. */
export const statusRank = (status: ShipmentStatus): number => ranks[status];

/** Whether moving from `from` (undefined: no status yet) to `to` is progress; duplicates and out-of-order updates are not. */
export const isProgress = (from: ShipmentStatus | undefined, to: ShipmentStatus): boolean => {
  if (from === undefined) return true;
  if (from === to) return false;
  // After a failed attempt or a hold the carrier may pick the parcel up again. A stale in_transit
  // sent before the exception looks the same here; callers that care compare `occurredAt` too.
  if (from === 'exception' && (to === 'in_transit' || to === 'out_for_delivery')) return true;
  return ranks[to] > ranks[from];
};
