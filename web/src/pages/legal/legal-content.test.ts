import { describe, expect, it } from 'vitest';
import { defaultShopSettings } from '#shared/domain/settings/defaults.ts';
import { cartLifetimeDays } from '#shared/domain/carts/model.ts';
import { shopperView } from '#shared/domain/settings/shopper-view.ts';
import { legalDocument, type LegalPath } from './legal-content.ts';

const text = (path: LegalPath, locale: 'fr' | 'en', settings = shopperView(defaultShopSettings())) =>
  // Intl puts (narrow) no-break spaces in amounts; plain spaces keep the expectations readable.
  legalDocument(path, locale, settings).sections.flatMap((section) => section.paragraphs).join('\n').replace(/[\u00a0\u202f]/g, ' ');

describe('legal pages', () => {
  it('show a bracketed placeholder for every legal detail not filled in', () => {
    expect(text('/mentions-legales', 'fr')).toContain('La Boutique — [raison sociale], [forme juridique], [adresse du siège], [RCS ville et numéro], TVA intracommunautaire [numéro]');
    expect(text('/mentions-legales', 'en')).toContain('[contact email address], [phone number].');
  });

  it('are written from the saved legal details, return window and delivery rates', () => {
    const settings = shopperView({
      ...defaultShopSettings(),
      shopName: 'Atelier Lumière',
      supportEmail: 'bonjour@atelier.fr',
      returnWindowDays: 45,
    });
    settings.legal = { ...settings.legal, companyName: 'Atelier Lumière SAS', legalForm: 'SAS', shareCapital: 1_000_000, address: '3 quai Saint-Vincent, 69001 Lyon', registrationNumber: 'RCS Lyon 912 345 678', vatNumber: 'FR12912345678', publicationDirector: 'Claire Martin', phone: '+33 4 78 00 00 00', mediator: 'CM2C, 49 rue de Ponthieu, 75008 Paris' };
    settings.delivery.methods[0]!.freeAbove = 4500;
    const notice = text('/mentions-legales', 'fr', settings);
    expect(notice).toContain('Atelier Lumière — Atelier Lumière SAS, SAS au capital de 10 000 €, 3 quai Saint-Vincent, 69001 Lyon, RCS Lyon 912 345 678, TVA intracommunautaire FR12912345678. Directeur de la publication : Claire Martin.');
    expect(notice).toContain('bonjour@atelier.fr, +33 4 78 00 00 00.');
    expect(notice).not.toContain('[');
    expect(text('/cgv', 'en', settings)).toContain('The shop accepts returns for 45 days.');
    const delivery = text('/livraison-retours', 'fr', settings);
    expect(delivery).toContain('Livraison à domicile — France et Monaco : de 4,95 € à 19,95 € selon le poids (jusqu’à 30 kg), 2 à 4 jours ouvrés');
    expect(delivery).toContain('offerte dès 45 € d’achat');
    expect(delivery).toContain('pendant 45 jours');
  });

  it('leave out a disabled method and the countries only it served', () => {
    const settings = shopperView(defaultShopSettings());
    settings.delivery.methods = settings.delivery.methods.filter((method) => method.id !== 'standard' || method.countries[0] === 'FR');
    const delivery = text('/livraison-retours', 'en', settings);
    expect(delivery).not.toContain('Europe');
    expect(delivery).toContain('France, Belgium, Luxembourg and Monaco.');
  });

  it('say on the privacy page what the shop keeps, for how long, and where the customer exercises their rights', () => {
    const settings = shopperView({ ...defaultShopSettings(), supportEmail: 'donnees@boutique.fr' });
    const french = text('/confidentialite', 'fr', settings);
    expect(french).toContain(`Paniers : supprimés automatiquement ${cartLifetimeDays} jours après leur dernière modification.`);
    expect(french).toContain('Commandes, factures et avoirs : 10 ans');
    expect(french).toContain('télécharge toutes vos données dans un fichier JSON');
    expect(french).toContain('le pays de livraison, qui détermine la TVA');
    expect(french).toContain('comme ceux d’un acheteur vérifié anonyme');
    expect(french).toContain('Amazon Web Services');
    expect(french).toContain('Stripe');
    expect(french).toContain('écrivez à donnees@boutique.fr');
    expect(french).toContain('La Boutique — [raison sociale], [adresse du siège].');
    const english = text('/confidentialite', 'en', settings);
    expect(english).toContain(`Carts: deleted automatically ${cartLifetimeDays} days after they last changed.`);
    expect(english).toContain('downloads all your data as a JSON file');
    expect(english).toContain('the delivery country, which decides the VAT');
    for (const locale of ['fr', 'en'] as const) {
      const rights = legalDocument('/confidentialite', locale, settings).sections.find((section) => section.links?.length);
      expect(rights?.links).toEqual([{ href: '/compte/donnees', label: expect.any(String) }]);
    }
    expect(legalDocument('/confidentialite', 'en', settings).sections.map((section) => section.heading)).toEqual(['Data controller', 'Data we collect', 'Purposes and legal bases', 'Cart reminders', 'How long we keep it', 'Your rights', 'Deleting your account', 'Recipients and processors', 'Local storage']);
  });
});
