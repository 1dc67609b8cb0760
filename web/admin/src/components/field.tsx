import { cloneElement, type VNode } from 'preact';
import { useId } from 'preact/hooks';

/**
 * A labelled form control with optional hint and error, wired for assistive technology:
 * the control gets the id, `aria-describedby` and `aria-invalid`.
 */
export function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string | undefined; children: VNode<any> }) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {cloneElement(children, { id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described || undefined })}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
