import { afterEach, describe, expect, it, vi } from 'vitest';
import { formattersFor } from './format.ts';

const fr = formattersFor('fr');
const en = formattersFor('en');

describe('formattersFor', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  // Figures as this Node's ICU writes them: French puts a no-break space before € and %, a narrow one between thousands.
  it('writes cents as euros the French and the Irish-English way', () => {
    expect([fr.money(7500), fr.money(-665), fr.money(123_450)]).toEqual(['75,00\u00a0€', '-6,65\u00a0€', '1\u202f234,50\u00a0€']);
    expect([en.money(7500), en.money(-665), en.money(123_450)]).toEqual(['€75.00', '-€6.65', '€1,234.50']);
  });

  it('writes VAT rates in basis points as percentages', () => {
    expect([fr.rate(2000), fr.rate(550), fr.rate(210)]).toEqual(['20\u00a0%', '5,5\u00a0%', '2,1\u00a0%']);
    expect([en.rate(2000), en.rate(550), en.rate(210)]).toEqual(['20%', '5.5%', '2.1%']);
  });

  // Formatters capture the zone when built, so each zone gets a fresh import.
  const formattersIn = async (zone: string) => {
    process.env.TZ = zone;
    vi.resetModules();
    return (await import('./format.ts')).formattersFor;
  };

  it('writes a calendar day in words, on the same day whatever the server time zone', async () => {
    for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
      const inZone = await formattersIn(zone);
      expect([inZone('fr').date('2026-11-25'), inZone('en').date('2026-01-01')], zone).toEqual(['mercredi 25 novembre 2026', 'Thursday 1 January 2026']);
    }
  });

  it('writes download expiry in the shop time zone whatever the server time zone', async () => {
    const inZone = await formattersIn('America/New_York');
    expect(inZone('fr').dateTime('2026-11-30T09:05:00.000Z')).toBe('lundi 30 novembre 2026 à 10:05');
  });

  it('refuses a day that is not YYYY-MM-DD rather than printing a wrong date', () => {
    expect(() => fr.date('25/11/2026')).toThrow(RangeError);
    expect(() => fr.date('2026-13-01')).toThrow(RangeError);
  });

  it('writes an instant in the shop time zone', () => {
    expect(fr.dateTime('2026-11-30T09:05:00.000Z')).toBe('lundi 30 novembre 2026 à 10:05');
    expect(en.dateTime('2026-07-01T21:30:00.000Z')).toBe('Wednesday 1 July 2026 at 23:30');
  });

  it('names countries in the reader’s language and keeps unknown codes as given', () => {
    expect([fr.country('BE'), en.country('BE'), en.country('not a code')]).toEqual(['Belgique', 'Belgium', 'not a code']);
  });
});
