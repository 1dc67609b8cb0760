import { useId } from 'preact/hooks';

/**
 * A control without a visible label of its own (a table cell, a compact row): its accessible name
 * says what and which (`Prix TTC (€), variante 2`), and its error sits right under it.
 */
export function CellInput({
  label,
  value,
  onInput,
  error,
  inputMode,
  maxLength,
  size,
  lang,
  disabled,
}: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  inputMode?: 'decimal' | 'numeric' | 'text';
  maxLength?: number;
  size?: number;
  lang?: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div class={`cell-field${error ? ' invalid' : ''}`}>
      <input
        aria-label={label}
        value={value}
        inputMode={inputMode}
        maxLength={maxLength}
        size={size}
        lang={lang}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A select in the same spirit. */
export function CellSelect({ label, value, options, onChange, error }: { label: string; value: string; options: Array<{ value: string; label: string }>; onChange: (value: string) => void; error?: string | undefined }) {
  const id = useId();
  return (
    <div class={`cell-field${error ? ' invalid' : ''}`}>
      <select aria-label={label} value={value} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
