import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { createWebhook, domainEventNames, type AdminWebhook } from '../../api/webhooks.ts';
import { Field } from '../../components/field.tsx';
import { Notice, type NoticeValue } from '../../components/notice.tsx';
import { errorText } from '../../i18n/error-text.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { createBodyOf, emptyWebhookForm, fieldOfPath, toggleEvent, type WebhookFieldProblems, type WebhookFormValues } from './form-values.ts';
import { SecretBox } from './secret-box.tsx';

/** Registers an endpoint; its signing secret is then shown here, once. */
export function WebhookForm({ onCreated }: { onCreated: (webhook: AdminWebhook) => void }) {
  const i18n = useAdminI18n();
  const { t, lookup } = i18n;
  const [values, setValues] = useState<WebhookFormValues>(emptyWebhookForm);
  const [problems, setProblems] = useState<WebhookFieldProblems>({});
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<{ url: string; secret: string } | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const eventsError = problems.events ? 'webhook-events-error' : undefined;

  // After a refused submit, the first field to correct gets the focus.
  useEffect(() => {
    if (attempt) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const refuse = (found: WebhookFieldProblems, text: string) => {
    setProblems(found);
    setNotice({ kind: 'error', text });
    setAttempt((count) => count + 1);
  };

  const apiProblems = (error: ApiError): WebhookFieldProblems => {
    const found: WebhookFieldProblems = {};
    for (const detail of error.fieldErrors) {
      const field = fieldOfPath(detail.path);
      if (field && !found[field]) found[field] = lookup(`webhooks.problem.${detail.code}`) ?? t('webhooks.problem.invalid');
    }
    return found;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const read = createBodyOf(values);
    if ('problems' in read) {
      const found: WebhookFieldProblems = {};
      for (const [field, problem] of Object.entries(read.problems)) found[field as keyof WebhookFieldProblems] = t(`webhooks.input.${problem}`);
      return refuse(found, t('webhooks.fixFields'));
    }
    setBusy(true);
    setNotice(undefined);
    setCreated(undefined);
    try {
      const { webhook, secret } = await createWebhook(read.body);
      setValues(emptyWebhookForm);
      setProblems({});
      setNotice({ kind: 'success', text: t('webhooks.created', { url: webhook.url }) });
      setCreated({ url: webhook.url, secret });
      onCreated(webhook);
    } catch (error) {
      refuse(error instanceof ApiError ? apiProblems(error) : {}, errorText(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  const setText = (field: 'url' | 'description') => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setValues((current) => ({ ...current, [field]: value }));
  };

  return (
    <section aria-labelledby="webhook-form-title">
      <h2 id="webhook-form-title">{t('webhooks.form.title')}</h2>
      <Notice notice={notice} />
      {created && <SecretBox url={created.url} secret={created.secret} level={3} onDone={() => setCreated(undefined)} />}
      <form ref={form} onSubmit={submit} aria-busy={busy} noValidate>
        <div style={{ maxWidth: '40rem' }}>
          <Field label={t('webhooks.field.url')} hint={t('webhooks.field.url.hint')} error={problems.url}>
            <input name="url" type="url" inputMode="url" autoComplete="off" spellcheck={false} required maxLength={2000} value={values.url} onInput={setText('url')} />
          </Field>
        </div>
        <fieldset class={problems.events ? 'invalid' : undefined} aria-describedby={eventsError}>
          <legend>{t('webhooks.field.events')}</legend>
          <p>
            <label>
              <input
                type="checkbox"
                name="allEvents"
                checked={values.allEvents}
                aria-invalid={problems.events ? 'true' : undefined}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setValues((current) => ({ ...current, allEvents: checked }));
                }}
              />{' '}
              {t('webhooks.allEvents')}
            </label>
          </p>
          <ul class="checkbox-list">
            {domainEventNames.map((name) => (
              <li key={name}>
                <label>
                  <input
                    type="checkbox"
                    name="events"
                    value={name}
                    disabled={values.allEvents}
                    checked={values.allEvents || values.events.includes(name)}
                    onChange={(event) => {
                      const checked = event.currentTarget.checked;
                      setValues((current) => toggleEvent(current, name, checked, domainEventNames));
                    }}
                  />{' '}
                  {t(`webhooks.event.${name}`)} <code class="muted">{name}</code>
                </label>
              </li>
            ))}
          </ul>
          {problems.events && (
            <p class="field-error" id={eventsError}>
              {problems.events}
            </p>
          )}
        </fieldset>
        <div style={{ maxWidth: '40rem' }}>
          <Field label={t('webhooks.field.description')} hint={t('webhooks.field.description.hint')} error={problems.description}>
            <input name="description" type="text" maxLength={200} autoComplete="off" value={values.description} onInput={setText('description')} />
          </Field>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('webhooks.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
