/** The variant picker's rules: which option values can be chosen given the others, and which variant a choice means. */
import { compareSizes } from '#shared/domain/catalog/options.ts';
import type { Variant } from '../../api/types.ts';
import { optionNames, type OptionName } from '../../format/options.ts';

export type Selection = Partial<Record<OptionName, string>>;

/** Options the product varies on, each with its values in shop order. */
export const optionsOf = (variants: Variant[]): Array<{ name: OptionName; values: string[] }> =>
  optionNames
    .map((name) => {
      const values = [...new Set(variants.map((variant) => variant.options[name]).filter((value): value is string => Boolean(value)))];
      return { name, values: name === 'size' ? values.sort(compareSizes) : values };
    })
    .filter((option) => option.values.length > 0);

const agrees = (variant: Variant, selection: Selection, ignore?: OptionName) =>
  optionNames.every((name) => name === ignore || selection[name] === undefined || variant.options[name] === selection[name]);

/** Whether some variant in stock has `value` for `name` and agrees with the other chosen options. */
export const isAvailable = (variants: Variant[], selection: Selection, name: OptionName, value: string): boolean =>
  variants.some((variant) => variant.inStock && variant.options[name] === value && agrees(variant, selection, name));

/** The variant every option of the product points to, if the choice is complete. */
export const variantFor = (variants: Variant[], selection: Selection): Variant | undefined => {
  const names = optionsOf(variants).map((option) => option.name);
  if (names.some((name) => selection[name] === undefined)) return undefined;
  return variants.find((variant) => names.every((name) => variant.options[name] === selection[name]));
};

const selectionOf = (variant: Variant | undefined): Selection => {
  const selection: Selection = {};
  for (const name of optionNames) if (variant?.options[name]) selection[name] = variant.options[name];
  return selection;
};

/** Starts on the first variant in stock (or the first one, when all are sold out). */
export const initialSelection = (variants: Variant[]): Selection => selectionOf(variants.find((variant) => variant.inStock) ?? variants[0]);

/** Chooses a value; other options that no longer fit move to the first value that does. */
export const choose = (variants: Variant[], selection: Selection, name: OptionName, value: string): Selection => {
  const next: Selection = { ...selection, [name]: value };
  for (const option of optionsOf(variants)) {
    if (option.name === name) continue;
    const current = next[option.name];
    if (current !== undefined && isAvailable(variants, next, option.name, current)) continue;
    const fitting = option.values.find((candidate) => isAvailable(variants, next, option.name, candidate));
    if (fitting !== undefined) next[option.name] = fitting;
  }
  return next;
};
