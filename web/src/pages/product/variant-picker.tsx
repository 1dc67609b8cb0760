import type { Variant } from '../../api/types.ts';
import { optionValueLabel, type OptionName } from '../../format/options.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { isAvailable, optionsOf, type Selection } from './variant-choice.ts';

/** One radio group per option; values with no variant in stock (given the other choices) are disabled. */
export function VariantPicker(props: { variants: Variant[]; selection: Selection; onChoose: (name: OptionName, value: string) => void }) {
  const { t, locale } = useI18n();
  const options = optionsOf(props.variants);
  if (!options.length) return null;
  return (
    <div class="variant-picker">
      {options.map((option) => (
        <fieldset key={option.name} class={`option option-${option.name}`}>
          <legend>{t(`option.${option.name}`)}</legend>
          <div class="option-values">
            {option.values.map((value) => {
              const available = isAvailable(props.variants, props.selection, option.name, value);
              const label = optionValueLabel(option.name, value, locale);
              const id = `option-${option.name}-${value}`;
              return (
                <span key={value} class="option-value">
                  <input
                    type="radio"
                    id={id}
                    name={option.name}
                    value={value}
                    checked={props.selection[option.name] === value}
                    disabled={!available}
                    onChange={() => props.onChoose(option.name, value)}
                  />
                  <label for={id}>{available ? label : t('product.soldOutOption', { value: label })}</label>
                </span>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
