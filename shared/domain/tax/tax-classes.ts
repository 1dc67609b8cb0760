/**
 * Tax classes: what kind of goods a line is, for VAT. A class names the goods by the rate they get in
 * France, and each country's row in `rates.ts` says what that country charges for the same goods.
 */

export const taxClasses = ['standard', 'reduced', 'super_reduced', 'zero'] as const;
export type TaxClass = (typeof taxClasses)[number];

/**
 * Class of a variant priced with one of today's French rates (basis points), so existing data needs
 * no migration. France has two reduced rates; both map to `reduced` (in this shop: books at 5.5 %),
 * and for French VAT the line keeps its own catalog rate, so 10 % goods still pay 10 % in France.
 */
export const taxClassOfFrenchRate = (rate: number): TaxClass => {
  switch (rate) {
    case 2000:
      return 'standard';
    case 1000:
    case 550:
      return 'reduced';
    case 210:
      return 'super_reduced';
    case 0:
      return 'zero';
    default:
      throw new RangeError(`No tax class for the French VAT rate ${rate} basis points`);
  }
};
