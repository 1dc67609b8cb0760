/** The shop's legal pages, in both languages. The merchant replaces the bracketed details with their own. */
import type { Locale } from '../../i18n/locale.ts';

export interface LegalDocument {
  title: string;
  sections: Array<{ heading: string; paragraphs: string[] }>;
}

export type LegalPath = '/cgv' | '/livraison-retours' | '/mentions-legales' | '/confidentialite';

export const legalDocuments: Record<LegalPath, Record<Locale, LegalDocument>> = {
  '/cgv': {
    fr: {
      title: 'Conditions générales de vente',
      sections: [
        { heading: 'Objet', paragraphs: ['Les présentes conditions régissent les ventes conclues sur La Boutique entre le vendeur et tout acheteur consommateur.'] },
        { heading: 'Prix', paragraphs: ['Les prix sont indiqués en euros, toutes taxes comprises (TTC). Les frais de livraison sont indiqués avant la validation de la commande.'] },
        { heading: 'Commande et paiement', paragraphs: ['La commande est ferme après paiement par carte bancaire sur la page sécurisée de notre prestataire. Aucune donnée de carte n’est conservée par la boutique.', 'Les articles sont réservés pendant 35 minutes en attendant le paiement.'] },
        { heading: 'Droit de rétractation', paragraphs: ['Vous disposez de 14 jours à compter de la réception pour vous rétracter, sans avoir à vous justifier (article L221-18 du Code de la consommation). La boutique accepte les retours pendant 30 jours.', 'Les contenus numériques téléchargés avec votre accord exprès ne peuvent pas faire l’objet d’une rétractation.'] },
        { heading: 'Garanties', paragraphs: ['Les produits bénéficient de la garantie légale de conformité (articles L217-3 et suivants du Code de la consommation) et de la garantie des vices cachés (articles 1641 et suivants du Code civil).'] },
        { heading: 'Médiation', paragraphs: ['En cas de litige, vous pouvez recourir gratuitement au médiateur de la consommation indiqué dans les mentions légales.'] },
      ],
    },
    en: {
      title: 'Terms and conditions of sale',
      sections: [
        { heading: 'Purpose', paragraphs: ['These terms govern sales made on La Boutique between the seller and any consumer buyer.'] },
        { heading: 'Prices', paragraphs: ['Prices are shown in euros, VAT included. Delivery costs are shown before the order is confirmed.'] },
        { heading: 'Order and payment', paragraphs: ['The order is final once paid by card on our payment provider’s secure page. The shop never stores card details.', 'Items are reserved for 35 minutes while awaiting payment.'] },
        { heading: 'Right of withdrawal', paragraphs: ['You have 14 days from receipt to withdraw without giving any reason (French Consumer Code, article L221-18). The shop accepts returns for 30 days.', 'Digital content downloaded with your express consent cannot be withdrawn from.'] },
        { heading: 'Guarantees', paragraphs: ['Products carry the legal guarantee of conformity (French Consumer Code, articles L217-3 ff.) and the guarantee against hidden defects (Civil Code, articles 1641 ff.).'] },
        { heading: 'Mediation', paragraphs: ['In case of dispute, you may refer to the consumer mediator named in the legal notice, free of charge.'] },
      ],
    },
  },
  '/livraison-retours': {
    fr: {
      title: 'Livraison et retours',
      sections: [
        { heading: 'Modes de livraison', paragraphs: ['Livraison à domicile (2 à 4 jours ouvrés en France, offerte dès 60 € d’achat), livraison express, point relais et retrait en boutique. Les prix et dates estimées sont affichés dans le panier et à l’étape Livraison.', 'Les commandes passées avant 14 h un jour ouvré partent le jour même.'] },
        { heading: 'Pays livrés', paragraphs: ['France, Monaco, Belgique, Luxembourg, Allemagne, Pays-Bas, Espagne, Italie, Portugal, Autriche et Irlande.'] },
        { heading: 'Suivi', paragraphs: ['Le lien de suivi de votre commande figure dans l’e-mail de confirmation. Vous y trouverez l’avancement de la livraison et le lien du transporteur.'] },
        { heading: 'Retours', paragraphs: ['Vous pouvez demander le retour d’un article livré pendant 30 jours depuis la page de suivi de votre commande. Une fois le retour accepté puis reçu, nous vous remboursons sur le moyen de paiement utilisé.'] },
      ],
    },
    en: {
      title: 'Delivery and returns',
      sections: [
        { heading: 'Delivery methods', paragraphs: ['Home delivery (2 to 4 business days in France, free from €60), express delivery, pick-up point and collection in store. Prices and estimated dates are shown in the cart and at the Delivery step.', 'Orders placed before 2 pm on a business day leave the same day.'] },
        { heading: 'Countries served', paragraphs: ['France, Monaco, Belgium, Luxembourg, Germany, the Netherlands, Spain, Italy, Portugal, Austria and Ireland.'] },
        { heading: 'Tracking', paragraphs: ['Your order’s tracking link is in the confirmation email. It shows the delivery progress and the carrier’s link.'] },
        { heading: 'Returns', paragraphs: ['You can request the return of a delivered item for 30 days from your order’s tracking page. Once the return is accepted and received, we refund you on the payment method used.'] },
      ],
    },
  },
  '/mentions-legales': {
    fr: {
      title: 'Mentions légales',
      sections: [
        { heading: 'Éditeur', paragraphs: ['La Boutique — [raison sociale, forme juridique, capital], [adresse du siège], RCS [ville et numéro], TVA intracommunautaire [numéro]. Directeur de la publication : [nom].'] },
        { heading: 'Hébergement', paragraphs: ['Amazon Web Services EMEA SARL, 38 avenue John F. Kennedy, L-1855 Luxembourg.'] },
        { heading: 'Contact', paragraphs: ['[adresse e-mail de contact], [numéro de téléphone].'] },
        { heading: 'Médiateur de la consommation', paragraphs: ['[nom et coordonnées du médiateur]. Plateforme européenne de règlement des litiges : https://ec.europa.eu/consumers/odr.'] },
      ],
    },
    en: {
      title: 'Legal notice',
      sections: [
        { heading: 'Publisher', paragraphs: ['La Boutique — [company name, legal form, share capital], [registered office], trade register [city and number], VAT number [number]. Publication director: [name].'] },
        { heading: 'Hosting', paragraphs: ['Amazon Web Services EMEA SARL, 38 avenue John F. Kennedy, L-1855 Luxembourg.'] },
        { heading: 'Contact', paragraphs: ['[contact email address], [phone number].'] },
        { heading: 'Consumer mediator', paragraphs: ['[mediator’s name and address]. European online dispute resolution platform: https://ec.europa.eu/consumers/odr.'] },
      ],
    },
  },
  '/confidentialite': {
    fr: {
      title: 'Confidentialité',
      sections: [
        { heading: 'Données collectées', paragraphs: ['Pour traiter votre commande : adresse e-mail, adresse de livraison, téléphone facultatif, contenu de la commande. Le paiement est traité par notre prestataire : nous ne voyons jamais vos données de carte.'] },
        { heading: 'Rappels de panier', paragraphs: ['Si vous cochez la case prévue, nous pouvons vous envoyer un rappel par e-mail lorsque votre panier n’a pas été commandé. Chaque e-mail contient un lien de désabonnement.'] },
        { heading: 'Stockage local', paragraphs: ['La boutique conserve dans votre navigateur l’identifiant de votre panier et votre choix de langue. Elle n’utilise aucun cookie de suivi ni de publicité.'] },
        { heading: 'Vos droits', paragraphs: ['Vous pouvez accéder à vos données, les rectifier ou les faire effacer en écrivant à [adresse e-mail]. Vous pouvez aussi saisir la CNIL.'] },
      ],
    },
    en: {
      title: 'Privacy',
      sections: [
        { heading: 'Data we collect', paragraphs: ['To process your order: email address, delivery address, optional phone number, order content. Payment is handled by our provider: we never see your card details.'] },
        { heading: 'Cart reminders', paragraphs: ['If you tick the box provided, we may email you a reminder when your cart was not ordered. Every email has an unsubscribe link.'] },
        { heading: 'Local storage', paragraphs: ['The shop keeps your cart identifier and your language choice in your browser. It uses no tracking or advertising cookie.'] },
        { heading: 'Your rights', paragraphs: ['You can access, correct or erase your data by writing to [email address]. You may also complain to the CNIL.'] },
      ],
    },
  },
};
