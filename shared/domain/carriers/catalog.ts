/**
 * Carriers a merchant can pick for a shipment they send themselves, with the public tracking page
 * of each. The URLs are the carriers' French consumer tracking pages as linked by shops and
 * plugins today; carriers move them now and then, so a broken link is fixed here, in one place.
 */

export interface CarrierInfo {
  id: string;
  name: string;
  /** The carrier's public tracking page for one parcel; absent when there is none to link to. */
  trackingUrl?: (trackingNumber: string) => string;
}

const page = (prefix: string) => (trackingNumber: string) => `${prefix}${encodeURIComponent(trackingNumber.trim())}`;

export const carriers: readonly CarrierInfo[] = [
  { id: 'colissimo', name: 'Colissimo', trackingUrl: page('https://www.laposte.fr/outils/suivre-vos-envois?code=') },
  { id: 'chronopost', name: 'Chronopost', trackingUrl: page('https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=') },
  // Mondial Relay may also ask for the recipient's postcode; the page prompts for it.
  { id: 'mondial_relay', name: 'Mondial Relay', trackingUrl: page('https://www.mondialrelay.fr/suivi-de-colis/?numeroExpedition=') },
  { id: 'dpd', name: 'DPD', trackingUrl: page('https://www.dpd.fr/trace/') },
  { id: 'dhl', name: 'DHL', trackingUrl: page('https://www.dhl.com/fr-fr/home/tracking.html?tracking-id=') },
  { id: 'ups', name: 'UPS', trackingUrl: page('https://www.ups.com/track?loc=fr_FR&tracknum=') },
  { id: 'gls', name: 'GLS', trackingUrl: page('https://gls-group.com/FR/fr/suivi-colis?match=') },
  { id: 'other', name: 'Autre transporteur' },
];

const byId = new Map(carriers.map((carrier) => [carrier.id, carrier]));

/** The carrier with this id, or undefined for an id we do not offer. */
export const carrierById = (id: string): CarrierInfo | undefined => byId.get(id);

/** The tracking page for a parcel, or undefined for `other` and unknown carriers. */
export const trackingUrlFor = (carrierId: string, trackingNumber: string): string | undefined =>
  carrierById(carrierId)?.trackingUrl?.(trackingNumber);
