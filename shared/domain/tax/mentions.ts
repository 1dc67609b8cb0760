/** What an order without VAT for a business buyer must state (Directive 2006/112/EC art. 226 (11) and (11a)). */
import type { Localized } from '#shared/domain/catalog/model.ts';

/** Services, hence digital goods supplied electronically: the buyer accounts for the VAT. */
export const reverseChargeMention: Localized = {
  fr: 'Autoliquidation — article 196 de la directive 2006/112/CE',
  en: 'Reverse charge — Article 196 of Directive 2006/112/EC',
};

/** Goods shipped to a business in another Member State: an exempt intra-Community supply (CGI art. 262 ter I). */
export const intraCommunitySupplyMention: Localized = {
  fr: 'Exonération de TVA, article 262 ter, I du CGI — livraison intracommunautaire (article 138 de la directive 2006/112/CE)',
  en: 'VAT exempt intra-Community supply — Article 138 of Directive 2006/112/EC',
};

/** The mentions for a reverse-charged order: goods, digital goods, or both. */
export const reverseChargeMentions = (lines: Array<{ digital: boolean }>): Localized[] => [
  ...(lines.some((line) => !line.digital) ? [intraCommunitySupplyMention] : []),
  ...(lines.some((line) => line.digital) ? [reverseChargeMention] : []),
];
