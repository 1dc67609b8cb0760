import { describe, expect, it } from 'vitest';
import { carrierById, carriers, trackingUrlFor } from './catalog.ts';

describe('carrierById', () => {
  it('offers the French carriers and other, each id once', () => {
    const ids = carriers.map((carrier) => carrier.id);
    expect(ids).toEqual(['colissimo', 'chronopost', 'mondial_relay', 'dpd', 'dhl', 'ups', 'gls', 'other']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds the tracking page of each carrier', () => {
    const urls = Object.fromEntries(carriers.map((carrier) => [carrier.id, carrier.trackingUrl?.('6A12345678901')]));
    expect(urls).toEqual({
      colissimo: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901',
      chronopost: 'https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=6A12345678901',
      mondial_relay: 'https://www.mondialrelay.fr/suivi-de-colis/?numeroExpedition=6A12345678901',
      dpd: 'https://www.dpd.fr/trace/6A12345678901',
      dhl: 'https://www.dhl.com/fr-fr/home/tracking.html?tracking-id=6A12345678901',
      ups: 'https://www.ups.com/track?loc=fr_FR&tracknum=6A12345678901',
      gls: 'https://gls-group.com/FR/fr/suivi-colis?match=6A12345678901',
      other: undefined,
    });
  });

  it('encodes tracking numbers so they cannot add parameters or change the path', () => {
    expect(carrierById('colissimo')?.trackingUrl?.('AB 12&x=1#y')).toBe('https://www.laposte.fr/outils/suivre-vos-envois?code=AB%2012%26x%3D1%23y');
    expect(carrierById('dpd')?.trackingUrl?.('../admin?q=1')).toBe('https://www.dpd.fr/trace/..%2Fadmin%3Fq%3D1');
  });

  it('trims the tracking number before encoding it', () => {
    expect(carrierById('ups')?.trackingUrl?.('  1Z999AA10123456784 ')).toBe('https://www.ups.com/track?loc=fr_FR&tracknum=1Z999AA10123456784');
  });

  it('returns undefined for an unknown carrier', () => {
    expect(carrierById('la_poste_pigeon')).toBeUndefined();
  });
});

describe('trackingUrlFor', () => {
  it('links to the carrier page, and to nothing for other or unknown carriers', () => {
    expect(trackingUrlFor('gls', '123')).toBe('https://gls-group.com/FR/fr/suivi-colis?match=123');
    expect(trackingUrlFor('other', '123')).toBeUndefined();
    expect(trackingUrlFor('nope', '123')).toBeUndefined();
  });
});
