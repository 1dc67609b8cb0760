/** Shop settings (/admin/reglages): name, contact, return window, legal details and delivery rates, saved as one document. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime } from '../../../src/format/dates.ts';
import { ApiError } from '../api/client.ts';
import { getSettings, saveSettings, type ShopSettings } from '../api/settings.ts';
import { AdminPage } from '../components/admin-page.tsx';
import { Notice, type NoticeValue } from '../components/notice.tsx';
import { errorText } from '../i18n/error-text.ts';
import { useAdminI18n } from '../i18n/i18n.tsx';
import { DeliveryFields } from './settings/delivery-fields.tsx';
import { fieldOfPath, readSettings, valuesOf, type Problems, type SettingsValues } from './settings/form-values.ts';
import { LegalFields, ShopFields } from './settings/shop-fields.tsx';

export default function SettingsPage() {
  const i18n = useAdminI18n();
  const { t, locale, lookup } = i18n;
  const [saved, setSaved] = useState<ShopSettings | undefined>();
  const [values, setValues] = useState<SettingsValues | undefined>();
  const [problems, setProblems] = useState<Problems>({});
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  const load = async (after?: NoticeValue) => {
    try {
      const { settings } = await getSettings();
      setSaved(settings);
      setValues(valuesOf(settings, locale));
      setProblems({});
      setConflict(false);
      setNotice(after);
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, i18n) });
    }
  };

  useEffect(() => {
    void load();
  }, []);

  // After a refused save, the first field to correct gets the focus.
  useEffect(() => {
    if (attempt) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const update = (change: (next: SettingsValues) => void) => {
    if (!values) return;
    const next = structuredClone(values);
    change(next);
    // Adding or removing a method renumbers the fields: earlier problems would point at the wrong ones.
    if (next.methods.length !== values.methods.length) setProblems({});
    setValues(next);
  };

  const refuse = (found: Problems, text: string) => {
    setProblems(found);
    setNotice({ kind: 'error', text });
    setAttempt((count) => count + 1);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!values || !saved) return;
    const read = readSettings(values);
    if ('problems' in read) {
      const found: Problems = {};
      for (const [path, problem] of Object.entries(read.problems)) found[path] ??= t(`settings.input.${problem}`);
      return refuse(found, t('settings.fixFields'));
    }
    setBusy(true);
    setNotice(undefined);
    try {
      const { settings } = await saveSettings(read.draft, saved.version);
      setSaved(settings);
      setValues(valuesOf(settings, locale));
      setProblems({});
      setNotice({ kind: 'success', text: t('settings.saved') });
    } catch (error) {
      const found: Problems = {};
      if (error instanceof ApiError) {
        for (const detail of error.fieldErrors) found[fieldOfPath(detail.path)] ??= lookup(`settings.problem.${detail.code}`) ?? t('settings.problem.invalid');
        setConflict(error.code === 'version_conflict');
      }
      refuse(found, errorText(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  const errorAt = (path: string) => problems[path];

  return (
    <AdminPage title={t('settings.title')}>
      <p>{t('settings.intro')}</p>
      <Notice notice={notice} />
      {conflict && (
        <div class="actions">
          <button type="button" onClick={() => void load({ kind: 'success', text: t('settings.reloaded') })}>
            {t('settings.reload')}
          </button>
        </div>
      )}
      {!values || !saved ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <form ref={form} onSubmit={submit} aria-busy={busy} noValidate>
          <p class="hint">{saved.updatedAt ? t('settings.lastSaved', { date: formatDateTime(saved.updatedAt, locale), version: saved.version }) : t('settings.neverSaved')}</p>
          <ShopFields values={values} update={update} errorAt={errorAt} />
          <LegalFields values={values} update={update} errorAt={errorAt} />
          <DeliveryFields values={values} update={update} errorAt={errorAt} announce={(text) => setNotice({ kind: 'success', text })} />
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              {busy ? t('settings.saving') : t('settings.save')}
            </button>
          </div>
        </form>
      )}
    </AdminPage>
  );
}
