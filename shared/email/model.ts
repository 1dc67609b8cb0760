/** What the transactional emails take and give: pure data, rendering lives in the sibling modules. */
import type { Localized } from '#shared/domain/catalog/model.ts';

/** A message ready to hand to the mailer: subject, HTML body and its plain-text twin. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Who is writing: shown in the header and footer of every email. */
export interface ShopContext {
  shopName: string;
  shopUrl: string;
  supportEmail: string;
}

/** Shop context for emails about one order, with the page where the shopper follows it. */
export type OrderEmailContext = ShopContext & { trackingPageUrl: string };

/** A signed link to a digital item bought with the order. */
export interface DownloadLink {
  title: Localized;
  url: string;
  /** ISO timestamp. */
  expiresAt: string;
  downloadsLeft: number;
}

/** Some of an order's items, as a parcel or a return carries them. */
export interface ItemQuantity {
  title: Localized;
  quantity: number;
}

/** One parcel handed to a carrier. */
export interface ShipmentInfo {
  carrierName: string;
  trackingNumber: string;
  trackingUrl?: string;
  lines: ItemQuantity[];
}

export const shipmentStatuses = ['shipped', 'out_for_delivery', 'delivered', 'exception'] as const;
/** Where a parcel stands, as the carrier reports it. */
export type ShipmentStatus = (typeof shipmentStatuses)[number];

export const returnSteps = ['requested', 'approved', 'rejected', 'received'] as const;
/** Where a return stands. */
export type ReturnStep = (typeof returnSteps)[number];

/** What a return email tells: the items, the shopper's reason and the team's note. */
export interface ReturnDetails {
  lines: ItemQuantity[];
  reason?: string;
  note?: string;
}
