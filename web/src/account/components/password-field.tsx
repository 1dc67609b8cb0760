import { useState } from 'preact/hooks';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { passwordRules, unmetPasswordRules } from '../password-rules.ts';

// Preact types each input `type` apart; a field switching between the two is one element on purpose.
const inputType = (visible: boolean) => (visible ? 'text' : 'password') as 'text';

/**
 * A new password with the pool's rules listed before typing (tied to the field as its
 * description), each ticked off as it is met, and a way to show what was typed.
 */
export function NewPasswordField(props: { id: string; label: string; value: string; error?: string | undefined; onInput: (value: string) => void }) {
  const { a } = useAccountI18n();
  const [visible, setVisible] = useState(false);
  const unmet = unmetPasswordRules(props.value);
  const described = [`${props.id}-rules`, props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      <div id={`${props.id}-rules`} class="password-rules">
        <p class="hint">{a('password.rulesIntro')}</p>
        <ul>
          {passwordRules.map((rule) => {
            const met = props.value !== '' && !unmet.includes(rule);
            return (
              <li key={rule} class={met ? 'met' : ''} data-rule={rule}>
                <span aria-hidden="true">{met ? '✓' : '•'}</span> {a(`password.rule.${rule}`)}
                {met && <span class="visually-hidden"> {a('password.ruleMet')}</span>}
              </li>
            );
          })}
        </ul>
      </div>
      <input
        id={props.id}
        type={inputType(visible)}
        name={props.id}
        autocomplete="new-password"
        required
        value={props.value}
        aria-describedby={described}
        {...(props.error ? { 'aria-invalid': true } : {})}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      {props.error && (
        <p id={`${props.id}-error`} class="field-error">
          {props.error}
        </p>
      )}
      <div class="checkbox-field show-password">
        <input id={`${props.id}-show`} type="checkbox" checked={visible} onChange={(event) => setVisible(event.currentTarget.checked)} />
        <label for={`${props.id}-show`}>{a('password.show')}</label>
      </div>
    </div>
  );
}

/** The password of an existing account, with a way to show it. */
export function CurrentPasswordField(props: { id: string; label: string; value: string; error?: string | undefined; onInput: (value: string) => void }) {
  const { a } = useAccountI18n();
  const [visible, setVisible] = useState(false);
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={inputType(visible)}
        name={props.id}
        autocomplete="current-password"
        required
        value={props.value}
        {...(props.error ? { 'aria-invalid': true, 'aria-describedby': `${props.id}-error` } : {})}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      {props.error && (
        <p id={`${props.id}-error`} class="field-error">
          {props.error}
        </p>
      )}
      <div class="checkbox-field show-password">
        <input id={`${props.id}-show`} type="checkbox" checked={visible} onChange={(event) => setVisible(event.currentTarget.checked)} />
        <label for={`${props.id}-show`}>{a('password.show')}</label>
      </div>
    </div>
  );
}
