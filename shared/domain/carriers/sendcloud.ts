/**
 * Sendcloud webhooks (API v2 integration webhooks, https://sendcloud.dev/api/v2/webhooks):
 * signature check and the `parcel_status_changed` event turned into a tracking update.
 */
import * as z from 'zod/mini';
import { hmacMatches } from './hmac.ts';
import type { ShipmentStatus } from './statuses.ts';
import { describeIssue, type ParsedUpdate } from './tracking-update.ts';

/** The header that carries the signature. */
export const sendcloudSignatureHeader = 'sendcloud-signature';

/** Whether `signatureHeader` is the hex HMAC-SHA256 of the raw body with the integration's secret key. */
export const verifySendcloudSignature = (rawBody: string, signatureHeader: string | undefined, secret: string): boolean =>
  hmacMatches(rawBody, signatureHeader, secret);

/*
 * Sendcloud parcel status ids → our statuses.
 *
 * Sendcloud publishes the ids only through its API (GET /api/v2/parcels/statuses); the docs page
 * (https://sendcloud.dev/docs/tracking/tracking-statuses) defines the statuses by name only. The
 * ids and names below are the ones that endpoint returns, as reproduced identically by public
 * integrations (white-nl/commerce-sendcloud src/models/OrderSyncStatus.php, and a django-shop
 * serializer whose comment cites the endpoint); the meanings come from the docs page.
 *
 * Not mapped, on purpose (the parser answers `unmapped_status`, the caller logs and acknowledges):
 * 999 No label, 1001 Being announced, 1002 Announcement failed (no parcel with the carrier yet);
 * 94, 1998, 1999, 2000, 2001 (cancellation steps: a cancelled label is the merchant's action, not
 * a shipment event); 4 Delivery delayed, 62993–62995 delivery method/date/address changed (notices
 * that do not move the parcel); 1337 Unknown status; and any id Sendcloud adds later.
 */
const statusById = new Map<number, ShipmentStatus>([
  [1000, 'label_created'], // Ready to send
  [1, 'label_created'], // Announced: the label is announced at the carrier
  [13, 'label_created'], // Announced: not collected (not yet picked up by the driver)
  [22, 'in_transit'], // Shipment picked up by driver
  [3, 'in_transit'], // En route to sorting center
  [62990, 'in_transit'], // At sorting centre
  [7, 'in_transit'], // Being sorted
  [5, 'in_transit'], // Sorted
  [91, 'in_transit'], // Parcel en route
  [62989, 'in_transit'], // At customs
  [92, 'out_for_delivery'], // Driver en route
  [12, 'out_for_delivery'], // Awaiting customer pickup: at the service point, the last step before delivery
  [11, 'delivered'], // Delivered
  [93, 'delivered'], // Shipment collected by customer (from a service point)
  [8, 'exception'], // Delivery attempt failed
  [80, 'exception'], // Unable to deliver
  [6, 'exception'], // Not sorted
  [15, 'exception'], // Error collecting
  [62991, 'exception'], // Refused by recipient
  [62992, 'exception'], // Returned to sender
  [62996, 'exception'], // Exception
  [62997, 'exception'], // Address invalid
]);

/** Our status for a Sendcloud parcel status id, or undefined when it has no shipment meaning for us. */
export const shipmentStatusForSendcloud = (statusId: number): ShipmentStatus | undefined => statusById.get(statusId);

const envelope = z.looseObject({ action: z.string() });

// Loose objects: the parcel carries dozens of fields (addresses, labels, customs) that we ignore.
const parcelStatusChanged = z.looseObject({
  action: z.literal('parcel_status_changed'),
  // The docs call it a unix timestamp; their examples (1525271885993) are milliseconds. A value in
  // seconds would land in 1970, so anything before 2001 in milliseconds is refused rather than guessed.
  timestamp: z.number().check(z.minimum(1e12, 'must be milliseconds since the epoch'), z.maximum(8.64e15)),
  parcel: z.looseObject({
    id: z.number().check(z.int(), z.positive()),
    tracking_number: z.optional(z.nullable(z.string())),
    // In the parcel object (GET /parcels) but not in the webhook schema on sendcloud.dev, which
    // says the webhook carries the same parcel payload; hence optional.
    carrier: z.optional(z.nullable(z.looseObject({ code: z.string() }))),
    status: z.looseObject({
      id: z.number().check(z.int()),
      message: z.optional(z.nullable(z.string())),
    }),
  }),
});

/** A tracking update from a `parcel_status_changed` body; other actions are `ignored_action`. */
export const parseSendcloudUpdate = (body: unknown): ParsedUpdate => {
  const action = envelope.safeParse(body);
  if (!action.success) return { ok: false, reason: 'invalid_payload', detail: describeIssue(action.error.issues) };
  if (action.data.action !== 'parcel_status_changed') return { ok: false, reason: 'ignored_action', detail: action.data.action };

  const event = parcelStatusChanged.safeParse(body);
  if (!event.success) return { ok: false, reason: 'invalid_payload', detail: describeIssue(event.error.issues) };
  const { timestamp, parcel } = event.data;
  const message = parcel.status.message?.trim();

  const status = shipmentStatusForSendcloud(parcel.status.id);
  if (!status) return { ok: false, reason: 'unmapped_status', detail: `${parcel.status.id} ${message ?? ''}`.trim() };

  const trackingNumber = parcel.tracking_number?.trim();
  if (!trackingNumber) return { ok: false, reason: 'invalid_payload', detail: 'parcel.tracking_number: missing' };

  return {
    ok: true,
    update: {
      // Sendcloud sends no event id; a redelivery repeats parcel, status and timestamp, so these name the event.
      eventId: `sendcloud:${parcel.id}:${parcel.status.id}:${timestamp}`,
      carrier: parcel.carrier?.code.trim().toLowerCase() || 'sendcloud',
      trackingNumber,
      status,
      occurredAt: new Date(timestamp).toISOString(),
      ...(message ? { description: message.slice(0, 200) } : {}),
    },
  };
};
