/**
 * The privacy page, in both languages: what the shop collects, why, for how long, who processes
 * it, and how the customer exercises their rights in the account. It says what the code does:
 * retention follows the carts' expiry (shared/domain/carts/model.ts), the erasure plan
 * (shared/domain/privacy/erasure-plan.ts) and the in-progress rule that holds a deletion back
 * (shared/domain/privacy/in-progress.ts); change the text with them.
 */
import { cartLifetimeDays } from '#shared/domain/carts/model.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { LegalDocument } from './legal-content.ts';

export interface PrivacyFacts {
  shopName: string;
  /** The seller's name and registered office (or their bracketed placeholders). */
  controller: string;
  /** Where to write (or its placeholder). */
  email: string;
}

const french = ({ shopName, controller, email }: PrivacyFacts): LegalDocument => ({
  title: 'Confidentialité',
  sections: [
    { heading: 'Responsable du traitement', paragraphs: [`${shopName} — ${controller}. Pour toute question sur vos données : ${email}.`] },
    {
      heading: 'Données collectées',
      paragraphs: [
        'Votre compte, si vous en créez un : adresse e-mail, mot de passe (gardé par notre service de connexion, jamais lisible par la boutique), prénom, nom, langue, votre accord ou refus de recevoir nos nouveautés (avec sa date et sa source, et leur historique) et votre carnet d’adresses.',
        'Vos commandes, avec ou sans compte : adresse e-mail, adresse de livraison, téléphone facultatif, articles, montants et TVA, paiement (référence et date ; vos données de carte ne sont vues que par notre prestataire de paiement), expéditions et suivi, retours et remboursements, liens de téléchargement, factures et avoirs.',
        'Vos avis : note, texte et langue. Ils sont publiés avec votre prénom et l’initiale de votre nom, tirés de l’adresse de livraison.',
        'Vos paniers : leurs articles et, si vous les indiquez, votre adresse e-mail et votre accord pour les rappels.',
        'Vos préférences d’e-mails : si vous demandez à ne plus recevoir nos rappels, nous gardons ce choix, attaché à une empreinte de votre adresse (pas à l’adresse elle-même).',
        'Journaux techniques : adresse IP, navigateur, adresse appelée et heure de chaque requête.',
      ],
    },
    {
      heading: 'Finalités et bases légales',
      paragraphs: [
        'Exécution du contrat (RGPD, art. 6.1.b) : gérer votre compte, vos commandes, leur livraison, les retours, remboursements et téléchargements, et vous écrire à leur sujet.',
        'Obligation légale (art. 6.1.c) : tenir la comptabilité, émettre et conserver les factures et avoirs.',
        'Consentement (art. 6.1.a) : les rappels de panier et l’envoi de nos nouveautés, seulement si vous avez coché la case prévue ; vous pouvez le retirer à tout moment.',
        'Intérêt légitime (art. 6.1.f) : l’invitation à donner votre avis, envoyée une seule fois quelques jours après la livraison (7 jours par défaut) sauf si vous avez refusé nos e-mails ; la publication des avis d’acheteurs vérifiés ; la sécurité du site (journaux techniques) ; le respect durable d’un refus d’e-mails.',
      ],
    },
    {
      heading: 'Rappels de panier',
      paragraphs: ['Si vous cochez la case prévue, nous vous envoyons un rappel par e-mail une heure, puis un jour après la dernière modification de votre panier s’il n’a pas été commandé (le second avec un code de réduction à usage unique). Chaque e-mail contient un lien de désabonnement.'],
    },
    {
      heading: 'Durées de conservation',
      paragraphs: [
        'Compte, profil, adresses et accords : tant que le compte existe ; effacés à sa suppression.',
        'Commandes, factures et avoirs : 10 ans, comme le droit comptable l’exige (Code de commerce, art. L123-22 ; Livre des procédures fiscales, art. L102 B). À la suppression du compte, les données personnelles des commandes sont effacées et seules leurs données comptables restent (voir ci-dessous).',
        `Paniers : supprimés automatiquement ${cartLifetimeDays} jours après leur dernière modification.`,
        'Avis : conservés avec le produit ; à la suppression du compte, ils restent publiés sans votre nom.',
        'Refus d’e-mails : gardé sans limite de durée, sous forme d’empreinte de l’adresse, pour continuer à le respecter.',
        'Journaux techniques : 1 mois.',
      ],
    },
    {
      heading: 'Vos droits',
      paragraphs: [
        'Vous pouvez accéder à vos données, les rectifier, les faire effacer, les recevoir dans un format réutilisable (portabilité), vous opposer à certains traitements et retirer votre consentement à tout moment (RGPD, art. 15 à 21).',
        'Dans votre compte : vos informations et votre accord pour nos nouveautés se modifient dans « Mon compte », vos adresses dans « Mes adresses ». La page « Mes données » télécharge toutes vos données dans un fichier JSON (profil, accords, adresses, commandes, avis, paniers, préférences d’e-mails) et supprime votre compte.',
        `Sans compte : chaque e-mail de rappel ou d’invitation contient un lien pour ne plus en recevoir ; pour toute autre demande (par exemple sur une commande passée sans compte), écrivez à ${email}.`,
        'Vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr).',
      ],
      links: [{ href: '/compte/donnees', label: 'Mes données : télécharger mes données ou supprimer mon compte' }],
    },
    {
      heading: 'Suppression du compte',
      paragraphs: [
        'Elle est possible une fois vos commandes terminées : ni paiement en attente, ni colis à expédier ou en cours de livraison, ni retour ou remboursement en cours. Elle est définitive.',
        'Elle efface votre compte de connexion, votre profil, vos adresses et vos accords ; sur vos commandes, votre adresse e-mail, votre nom, votre adresse et votre téléphone (les liens de suivi reçus par e-mail n’ouvrent plus la commande) ; sur vos avis, votre nom et tout lien avec vous ; sur vos paniers, votre adresse e-mail et votre accord pour les rappels. Les invitations à donner un avis pas encore envoyées sont annulées, et votre adresse, votre téléphone, votre rue et votre nom sont retirés des textes libres (motifs de retour, avis).',
        'Elle conserve, parce que le droit comptable l’exige pendant 10 ans : le numéro, les dates, les articles, les montants et la TVA de chaque commande, la référence du paiement, les numéros et documents des factures et avoirs (tels qu’ils ont été émis), et le pays de livraison, qui détermine la TVA. Vos avis restent publiés (note et texte) comme ceux d’un acheteur vérifié anonyme, pour que la note des produits reste juste. Si vous aviez refusé nos e-mails, l’empreinte de votre adresse reste, pour continuer à respecter ce refus.',
      ],
    },
    {
      heading: 'Destinataires et sous-traitants',
      paragraphs: [
        'Vos données sont traitées par la boutique et par ses sous-traitants : Amazon Web Services (hébergement du site, base de données, comptes clients, envoi des e-mails) et Stripe (paiement par carte). Le transporteur reçoit le nom et l’adresse de livraison de votre colis. Aucune donnée n’est vendue ni utilisée à des fins publicitaires.',
        'Si un sous-traitant traite des données hors de l’Union européenne, c’est dans le cadre des garanties prévues par le RGPD (clauses contractuelles types de la Commission européenne).',
      ],
    },
    {
      heading: 'Stockage local',
      paragraphs: ['La boutique conserve dans votre navigateur l’identifiant de votre panier et votre choix de langue ; si vous vous connectez, votre session, et le temps de confirmer une inscription, les informations saisies ; pendant une commande, l’adresse saisie, pour cet onglet seulement. Elle n’utilise aucun cookie de suivi ni de publicité.'],
    },
  ],
});

const english = ({ shopName, controller, email }: PrivacyFacts): LegalDocument => ({
  title: 'Privacy',
  sections: [
    { heading: 'Data controller', paragraphs: [`${shopName} — ${controller}. For any question about your data: ${email}.`] },
    {
      heading: 'Data we collect',
      paragraphs: [
        'Your account, if you create one: email address, password (kept by our sign-in service, never readable by the shop), first name, last name, language, your consent or refusal to receive our news (with its date and source, and their history) and your address book.',
        'Your orders, with or without an account: email address, delivery address, optional phone number, items, amounts and VAT, payment (reference and date; your card details are seen by our payment provider only), shipments and tracking, returns and refunds, download links, invoices and credit notes.',
        'Your reviews: rating, text and language. They are published with your first name and the initial of your last name, taken from the delivery address.',
        'Your carts: their items and, if you give them, your email address and your consent to reminders.',
        'Your email preferences: if you ask to stop our reminders, we keep that choice, attached to a fingerprint of your address (not the address itself).',
        'Technical logs: IP address, browser, address called and time of each request.',
      ],
    },
    {
      heading: 'Purposes and legal bases',
      paragraphs: [
        'Performance of the contract (GDPR, art. 6.1.b): managing your account, your orders, their delivery, returns, refunds and downloads, and writing to you about them.',
        'Legal obligation (art. 6.1.c): keeping the accounts, issuing and keeping invoices and credit notes.',
        'Consent (art. 6.1.a): cart reminders and our news, only if you ticked the box provided; you may withdraw it at any time.',
        'Legitimate interest (art. 6.1.f): the invitation to review, sent once a few days after delivery (7 days by default) unless you refused our emails; publishing verified buyers’ reviews; the site’s security (technical logs); honouring a refusal of emails for good.',
      ],
    },
    {
      heading: 'Cart reminders',
      paragraphs: ['If you tick the box provided, we email you a reminder one hour, then one day after your cart last changed if it was not ordered (the second with a single-use discount code). Every email has an unsubscribe link.'],
    },
    {
      heading: 'How long we keep it',
      paragraphs: [
        'Account, profile, addresses and consents: as long as the account exists; erased when it is deleted.',
        'Orders, invoices and credit notes: 10 years, as French accounting law requires (Commercial Code, art. L123-22; Tax Procedures Book, art. L102 B). When the account is deleted, the orders’ personal data is erased and only their accounting data stays (see below).',
        `Carts: deleted automatically ${cartLifetimeDays} days after they last changed.`,
        'Reviews: kept with the product; when the account is deleted, they stay published without your name.',
        'Refusal of emails: kept with no time limit, as a fingerprint of the address, so that it keeps being honoured.',
        'Technical logs: 1 month.',
      ],
    },
    {
      heading: 'Your rights',
      paragraphs: [
        'You can access your data, correct it, have it erased, receive it in a reusable format (portability), object to some processing and withdraw your consent at any time (GDPR, art. 15 to 21).',
        'In your account: your details and your consent to our news are changed in “My account”, your addresses in “My addresses”. The “My data” page downloads all your data as a JSON file (profile, consents, addresses, orders, reviews, carts, email preferences) and deletes your account.',
        `Without an account: every reminder or invitation email has a link to stop them; for any other request (for instance about an order placed without an account), write to ${email}.`,
        'You may also complain to the CNIL, the French data protection authority (www.cnil.fr).',
      ],
      links: [{ href: '/compte/donnees', label: 'My data: download my data or delete my account' }],
    },
    {
      heading: 'Deleting your account',
      paragraphs: [
        'It is possible once your orders are finished: no payment pending, no parcel to ship or on its way, no return or refund under way. It is final.',
        'It erases your sign-in account, your profile, your addresses and your consents; on your orders, your email address, name, address and phone (the tracking links you received by email no longer open the order); on your reviews, your name and any link to you; on your carts, your email address and your consent to reminders. Review invitations not sent yet are cancelled, and your address, phone, street and name are cut out of free texts (return reasons, reviews).',
        'It keeps, because accounting law requires it for 10 years: each order’s number, dates, items, amounts and VAT, the payment reference, the invoice and credit note numbers and documents (as they were issued), and the delivery country, which decides the VAT. Your reviews stay published (rating and text) as from an anonymous verified buyer, so that products’ ratings stay true. If you had refused our emails, your address’s fingerprint stays, so that the refusal keeps being honoured.',
      ],
    },
    {
      heading: 'Recipients and processors',
      paragraphs: [
        'Your data is processed by the shop and its processors: Amazon Web Services (hosting the site, database, customer accounts, sending emails) and Stripe (card payment). The carrier receives your parcel’s name and delivery address. No data is sold or used for advertising.',
        'Where a processor handles data outside the European Union, it does so under the safeguards the GDPR provides (the European Commission’s standard contractual clauses).',
      ],
    },
    {
      heading: 'Local storage',
      paragraphs: ['The shop keeps your cart identifier and your language choice in your browser; if you sign in, your session, and until a sign-up is confirmed, the details typed; during checkout, the address typed, for that tab only. It uses no tracking or advertising cookie.'],
    },
  ],
});

/** The privacy page in a language. */
export const privacyDocument = (locale: Locale, facts: PrivacyFacts): LegalDocument => (locale === 'fr' ? french(facts) : english(facts));
