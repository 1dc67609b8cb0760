/** What every carrier webhook parser produces: one normalised tracking update, or why there is none. */
import type { ShipmentStatus } from './statuses.ts';

export interface TrackingUpdate {
  /** Stable across redeliveries of the same event, so it can serve as an idempotency key. */
  eventId: string;
  carrier: string;
  trackingNumber: string;
  status: ShipmentStatus;
  /** ISO 8601, UTC. */
  occurredAt: string;
  description?: string;
}

/**
 * - `invalid_payload`: the body does not have the documented shape (answer 400).
 * - `ignored_action`: a well-formed event we do not act on (answer 200).
 * - `unmapped_status`: a status with no shipment meaning for us (answer 200 and log `detail`).
 */
export type UpdateRejection = 'invalid_payload' | 'ignored_action' | 'unmapped_status';

export type ParsedUpdate =
  | { ok: true; update: TrackingUpdate }
  | { ok: false; reason: UpdateRejection; detail?: string };

/** The first schema issue as `path: message`, for logs. */
export const describeIssue = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): string | undefined => {
  const issue = issues[0];
  return issue && `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`;
};
