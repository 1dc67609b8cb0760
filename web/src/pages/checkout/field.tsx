import type { ComponentChildren } from 'preact';

/** A labelled input with its hint and error tied to it (aria-describedby, aria-invalid). */
export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (attributes: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ComponentChildren;
}) {
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      {props.children({ id: props.id, ...(props.error ? { 'aria-invalid': true } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      {props.error && (
        <p id={`${props.id}-error`} class="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The list of errors at the top of a form, focused on submit so the shopper hears what to fix. */
export function ErrorSummary(props: { title: string; errors: Array<{ field: string; label: string; message: string }>; summaryRef: { current: HTMLDivElement | null } }) {
  if (!props.errors.length) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={props.summaryRef} data-testid="error-summary">
      <p>{props.title}</p>
      <ul>
        {props.errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`} onClick={(event) => {
              event.preventDefault();
              document.getElementById(error.field)?.focus();
            }}>
              {error.label} — {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
