/**
 * The shop's settings: who sells (name, contact, the legal details French law asks a merchant
 * to publish), how long shoppers may return goods, and what delivery costs. One document, edited
 * by the merchant with optimistic locking, read by pricing, returns, emails and the storefront.
 */
import type { Localized } from '#shared/domain/catalog/model.ts';
import type { DeliveryMethodId, PriceRule } from '#shared/domain/delivery/methods.ts';

/** What the legal notice must name (LCEN art. 6, Code de la consommation L111-1); an empty string is not filled in yet. */
export interface LegalDetails {
  /** Raison sociale. */
  companyName: string;
  /** SAS, SARL, EI… */
  legalForm: string;
  /** Capital social in cents; null for forms without one (EI, micro-entreprise). */
  shareCapital: number | null;
  /** Registered office, one line. */
  address: string;
  /** RCS or RM registration, e.g. `RCS Lyon 912 345 678`. */
  registrationNumber: string;
  /** Intra-EU VAT number, e.g. `FR12912345678`. */
  vatNumber: string;
  publicationDirector: string;
  /** Name and address of the host. */
  hostingProvider: string;
  phone: string;
  /** The consumer mediator's name and contact details (Code de la consommation L616-1). */
  mediator: string;
}

/** One delivery offer as the merchant configures it; several may share an id when they serve different countries. */
export interface DeliveryMethodSettings {
  id: DeliveryMethodId;
  /** A disabled method is kept with its prices but never quoted. */
  enabled: boolean;
  name: Localized;
  /** ISO 3166-1 alpha-2 codes, among the countries an address may name. */
  countries: string[];
  /** Prices in cents incl. VAT. */
  pricing: PriceRule;
  /** Goods total in cents (after discount) from which delivery is free; null when it never is. */
  freeAbove: number | null;
  /** Business days from dispatch to delivery, fastest and slowest. */
  transitDays: [number, number];
  /** Hour (shop time) after which orders leave on the next business day. */
  cutoffHour: number;
}

export interface DeliverySettings {
  methods: DeliveryMethodSettings[];
  /** Where click & collect orders are picked up. */
  storeAddress: string;
}

export interface ShopSettings {
  shopName: string;
  /** Where shoppers write; null uses the address emails are sent from. */
  supportEmail: string | null;
  legal: LegalDetails;
  /** Days after delivery during which a return may be requested. */
  returnWindowDays: number;
  /** Days a guest's order link opens the order, from when it was issued; the signed-in owner is not limited. */
  guestAccessDays: number;
  delivery: DeliverySettings;
  /** 0 while nothing was ever saved (the defaults); each save adds one. */
  version: number;
  /** ISO timestamp of the last save; null for the defaults. */
  updatedAt: string | null;
}

/** What the merchant edits: everything but the bookkeeping. */
export type ShopSettingsDraft = Omit<ShopSettings, 'version' | 'updatedAt'>;

/** The EU right of withdrawal (Directive 2011/83/EU art. 9): a shop may offer more, never less. */
export const minimumReturnWindowDays = 14;

/** Bounds of the guest link period: long enough to follow a delivery and a return, short enough to matter. */
export const minimumGuestAccessDays = 14;
export const maximumGuestAccessDays = 730;

/** The time zone delivery cut-offs are read in. */
export const shopTimeZone = 'Europe/Paris';
