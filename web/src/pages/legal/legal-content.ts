/**
 * The shop's legal pages, in both languages, written from its settings: the merchant's name and
 * legal details, return window and delivery rates. A detail not filled in yet shows as a bracketed
 * placeholder, so a missing legal mention is visible rather than silently absent.
 */
import type { ShopperSettings } from '../../api/settings.ts';
import type { Locale } from '../../i18n/locale.ts';
import { describeMethod, euros, servedCountries } from './delivery-terms.ts';
import { privacyDocument } from './privacy-content.ts';

export interface LegalDocument {
  title: string;
  /** `links`: pages of the shop a section leads to (the account's data page from the privacy page). */
  sections: Array<{ heading: string; paragraphs: string[]; links?: Array<{ href: string; label: string }> }>;
}

export type LegalPath = '/cgv' | '/livraison-retours' | '/mentions-legales' | '/confidentialite';

/** The value, or its placeholder in brackets. */
const or = (value: string | null, placeholder: string) => value || `[${placeholder}]`;

const publisher = (settings: ShopperSettings, locale: Locale): string => {
  const { legal } = settings;
  const fr = locale === 'fr';
  const capital = legal.shareCapital === null ? '' : fr ? ` au capital de ${euros(legal.shareCapital, locale)}` : ` with a share capital of ${euros(legal.shareCapital, locale)}`;
  return fr
    ? `${settings.shopName} — ${or(legal.companyName, 'raison sociale')}, ${or(legal.legalForm, 'forme juridique')}${capital}, ${or(legal.address, 'adresse du siège')}, ${or(legal.registrationNumber, 'RCS ville et numéro')}, TVA intracommunautaire ${or(legal.vatNumber, 'numéro')}. Directeur de la publication : ${or(legal.publicationDirector, 'nom')}.`
    : `${settings.shopName} — ${or(legal.companyName, 'company name')}, ${or(legal.legalForm, 'legal form')}${capital}, ${or(legal.address, 'registered office')}, ${or(legal.registrationNumber, 'trade register city and number')}, VAT number ${or(legal.vatNumber, 'number')}. Publication director: ${or(legal.publicationDirector, 'name')}.`;
};

const french = (settings: ShopperSettings): Record<LegalPath, LegalDocument> => {
  const days = settings.returnWindowDays;
  const email = or(settings.supportEmail, 'adresse e-mail de contact');
  return {
    '/cgv': {
      title: 'Conditions générales de vente',
      sections: [
        { heading: 'Objet', paragraphs: [`Les présentes conditions régissent les ventes conclues sur ${settings.shopName} entre le vendeur, ${or(settings.legal.companyName, 'raison sociale')}, et tout acheteur consommateur.`] },
        { heading: 'Prix', paragraphs: ['Les prix sont indiqués en euros, toutes taxes comprises (TTC). Les frais de livraison sont indiqués avant la validation de la commande.'] },
        { heading: 'Commande et paiement', paragraphs: ['La commande est ferme après paiement par carte bancaire sur la page sécurisée de notre prestataire. Aucune donnée de carte n’est conservée par la boutique.', 'Les articles sont réservés pendant 31 minutes en attendant le paiement.'] },
        { heading: 'Droit de rétractation', paragraphs: [`Vous disposez de 14 jours à compter de la réception pour vous rétracter, sans avoir à vous justifier (article L221-18 du Code de la consommation). La boutique accepte les retours pendant ${days} jours.`, 'Les contenus numériques téléchargés avec votre accord exprès ne peuvent pas faire l’objet d’une rétractation.'] },
        { heading: 'Garanties', paragraphs: ['Les produits bénéficient de la garantie légale de conformité (articles L217-3 et suivants du Code de la consommation) et de la garantie des vices cachés (articles 1641 et suivants du Code civil).'] },
        { heading: 'Médiation', paragraphs: [`En cas de litige, vous pouvez recourir gratuitement au médiateur de la consommation : ${or(settings.legal.mediator, 'nom et coordonnées du médiateur')}.`] },
      ],
    },
    '/livraison-retours': {
      title: 'Livraison et retours',
      sections: [
        { heading: 'Modes de livraison', paragraphs: [...settings.delivery.methods.map((method) => describeMethod(method, settings.delivery.storeAddress, 'fr')), 'Les prix et dates estimées sont affichés dans le panier et à l’étape Livraison.'] },
        { heading: 'Pays livrés', paragraphs: [`${servedCountries(settings.delivery.methods, 'fr')}.`] },
        { heading: 'Suivi', paragraphs: ['Le lien de suivi de votre commande figure dans l’e-mail de confirmation. Vous y trouverez l’avancement de la livraison et le lien du transporteur.'] },
        { heading: 'Retours', paragraphs: [`Vous pouvez demander le retour d’un article livré pendant ${days} jours depuis la page de suivi de votre commande. Une fois le retour accepté puis reçu, nous vous remboursons sur le moyen de paiement utilisé.`] },
      ],
    },
    '/mentions-legales': {
      title: 'Mentions légales',
      sections: [
        { heading: 'Éditeur', paragraphs: [publisher(settings, 'fr')] },
        { heading: 'Hébergement', paragraphs: [or(settings.legal.hostingProvider, 'nom et adresse de l’hébergeur')] },
        { heading: 'Contact', paragraphs: [`${email}, ${or(settings.legal.phone, 'numéro de téléphone')}.`] },
        { heading: 'Médiateur de la consommation', paragraphs: [`${or(settings.legal.mediator, 'nom et coordonnées du médiateur')}. Plateforme européenne de règlement des litiges : https://ec.europa.eu/consumers/odr.`] },
      ],
    },
    '/confidentialite': privacyDocument('fr', { shopName: settings.shopName, controller: `${or(settings.legal.companyName, 'raison sociale')}, ${or(settings.legal.address, 'adresse du siège')}`, email }),
  };
};

const english = (settings: ShopperSettings): Record<LegalPath, LegalDocument> => {
  const days = settings.returnWindowDays;
  const email = or(settings.supportEmail, 'contact email address');
  return {
    '/cgv': {
      title: 'Terms and conditions of sale',
      sections: [
        { heading: 'Purpose', paragraphs: [`These terms govern sales made on ${settings.shopName} between the seller, ${or(settings.legal.companyName, 'company name')}, and any consumer buyer.`] },
        { heading: 'Prices', paragraphs: ['Prices are shown in euros, VAT included. Delivery costs are shown before the order is confirmed.'] },
        { heading: 'Order and payment', paragraphs: ['The order is final once paid by card on our payment provider’s secure page. The shop never stores card details.', 'Items are reserved for 31 minutes while awaiting payment.'] },
        { heading: 'Right of withdrawal', paragraphs: [`You have 14 days from receipt to withdraw without giving any reason (French Consumer Code, article L221-18). The shop accepts returns for ${days} days.`, 'Digital content downloaded with your express consent cannot be withdrawn from.'] },
        { heading: 'Guarantees', paragraphs: ['Products carry the legal guarantee of conformity (French Consumer Code, articles L217-3 ff.) and the guarantee against hidden defects (Civil Code, articles 1641 ff.).'] },
        { heading: 'Mediation', paragraphs: [`In case of dispute, you may refer to the consumer mediator free of charge: ${or(settings.legal.mediator, 'mediator’s name and address')}.`] },
      ],
    },
    '/livraison-retours': {
      title: 'Delivery and returns',
      sections: [
        { heading: 'Delivery methods', paragraphs: [...settings.delivery.methods.map((method) => describeMethod(method, settings.delivery.storeAddress, 'en')), 'Prices and estimated dates are shown in the cart and at the Delivery step.'] },
        { heading: 'Countries served', paragraphs: [`${servedCountries(settings.delivery.methods, 'en')}.`] },
        { heading: 'Tracking', paragraphs: ['Your order’s tracking link is in the confirmation email. It shows the delivery progress and the carrier’s link.'] },
        { heading: 'Returns', paragraphs: [`You can request the return of a delivered item for ${days} days from your order’s tracking page. Once the return is accepted and received, we refund you on the payment method used.`] },
      ],
    },
    '/mentions-legales': {
      title: 'Legal notice',
      sections: [
        { heading: 'Publisher', paragraphs: [publisher(settings, 'en')] },
        { heading: 'Hosting', paragraphs: [or(settings.legal.hostingProvider, 'host’s name and address')] },
        { heading: 'Contact', paragraphs: [`${email}, ${or(settings.legal.phone, 'phone number')}.`] },
        { heading: 'Consumer mediator', paragraphs: [`${or(settings.legal.mediator, 'mediator’s name and address')}. European online dispute resolution platform: https://ec.europa.eu/consumers/odr.`] },
      ],
    },
    '/confidentialite': privacyDocument('en', { shopName: settings.shopName, controller: `${or(settings.legal.companyName, 'company name')}, ${or(settings.legal.address, 'registered office')}`, email }),
  };
};

/** A legal page in a language, from the shop's settings. */
export const legalDocument = (path: LegalPath, locale: Locale, settings: ShopperSettings): LegalDocument => (locale === 'fr' ? french(settings) : english(settings))[path];
