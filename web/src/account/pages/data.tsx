import { useState } from 'preact/hooks';
import { downloadAccountData } from '../api.ts';
import { AccountDeletion } from '../components/account-deletion.tsx';
import { AccountLayout, useRequiredSession } from '../components/account-layout.tsx';
import { FormMessageView, type FormMessage } from '../components/form-message.tsx';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { accountErrorText } from '../messages.ts';

/** Hands a file to the browser's downloads (a link to its bytes, clicked, then let go). */
const saveFile = (file: Blob, filename: string): void => {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the bytes after the click returns: the URL is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** The customer's rights in the account: a copy of their data (JSON) and the deletion of the account. */
export default function AccountDataPage() {
  const session = useRequiredSession();
  const { a, t } = useAccountI18n();
  return (
    <AccountLayout title={a('data.title')}>
      <p>
        {a('data.intro')} <a href="/confidentialite">{t('legal.privacy')}</a>
      </p>
      {session && (
        <>
          <ExportSection />
          <AccountDeletion />
        </>
      )}
    </AccountLayout>
  );
}

function ExportSection() {
  const texts = useAccountI18n();
  const { a } = texts;
  const [message, setMessage] = useState<FormMessage | undefined>();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setMessage({ kind: 'info', text: a('data.exporting') });
    try {
      const { file, filename } = await downloadAccountData();
      saveFile(file, filename);
      setMessage({ kind: 'success', text: a('data.exported', { filename }) });
    } catch (error) {
      setMessage({ kind: 'error', text: accountErrorText(error, texts) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="export-title" class="account-data">
      <h2 id="export-title">{a('data.exportTitle')}</h2>
      <p>{a('data.exportIntro')}</p>
      <FormMessageView message={message} />
      <button type="button" class="primary" disabled={busy} aria-busy={busy} onClick={download}>
        {a('data.export')}
      </button>
    </section>
  );
}
