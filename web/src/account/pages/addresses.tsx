import { useEffect, useRef, useState } from 'preact/hooks';
import { validateAddress } from '#shared/schemas/address.ts';
import { ApiError } from '../../api/client.ts';
import type { AddressInput } from '../../api/types.ts';
import { ErrorNotice, Loading } from '../../components/feedback.tsx';
import { PostalAddress } from '../../components/postal-address.tsx';
import { announce } from '../../lib/announcer.tsx';
import { AddressFields, addressLabel, addressMessage, errorsByField, type AddressField } from '../../pages/checkout/address-fields.tsx';
import { addressForApi, emptyAddress } from '../../pages/checkout/checkout-draft.ts';
import { ErrorSummary } from '../../pages/checkout/field.tsx';
import { createAddress, deleteAddress, listAddresses, maxSavedAddresses, namesForAddress, updateAddress, type SavedAddress } from '../api.ts';
import { AccountLayout, useRequiredSession } from '../components/account-layout.tsx';
import { FormMessageView, type FormMessage } from '../components/form-message.tsx';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { accountErrorText } from '../messages.ts';

type Editing = { kind: 'new'; names: Partial<AddressInput> } | { kind: 'edit'; address: SavedAddress };

const formOf = (saved: SavedAddress): AddressInput => {
  const { id: _id, isDefault: _default, ...address } = saved;
  return { ...emptyAddress, ...address };
};

/** The account's saved addresses: add, edit, delete, choose the default; the checkout's fields, rules and messages. */
export default function AddressesPage() {
  const session = useRequiredSession();
  const texts = useAccountI18n();
  const { a } = texts;
  const [addresses, setAddresses] = useState<SavedAddress[] | undefined>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  const [editing, setEditing] = useState<Editing | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  const [message, setMessage] = useState<FormMessage | undefined>();
  const [busy, setBusy] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  const load = async () => {
    const answer = await listAddresses();
    setAddresses([...answer.addresses].sort((x, y) => Number(y.isDefault) - Number(x.isDefault)));
  };
  useEffect(() => {
    if (!session) return;
    setError(undefined);
    load().catch(setError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session?.sub, attempt]);

  /** After a change: the list again, the outcome said, and the focus back on the list's "add" button. */
  const done = async (text: string) => {
    setEditing(undefined);
    setConfirming(undefined);
    await load().catch(setError);
    setMessage({ kind: 'success', text });
    announce(text);
    setTimeout(() => addButton.current?.focus());
  };

  const act = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await action();
      await done(success);
    } catch (failure) {
      setMessage({ kind: 'error', text: accountErrorText(failure, texts) });
    } finally {
      setBusy(false);
    }
  };

  if (editing) {
    return (
      <AccountLayout title={editing.kind === 'new' ? a('addresses.addTitle') : a('addresses.editTitle')}>
        <AddressForm
          initial={editing.kind === 'new' ? { ...emptyAddress, ...editing.names } : formOf(editing.address)}
          defaultChoice={editing.kind === 'edit' ? editing.address.isDefault : (addresses ?? []).length === 0}
          lockDefault={editing.kind === 'edit' ? editing.address.isDefault : (addresses ?? []).length === 0}
          onCancel={() => {
            setEditing(undefined);
            setTimeout(() => addButton.current?.focus());
          }}
          onSave={async (address, isDefault) => {
            if (editing.kind === 'new') await createAddress(address, isDefault);
            else await updateAddress(editing.address.id, address, isDefault);
            await done(editing.kind === 'new' ? a('addresses.added') : a('addresses.updated'));
          }}
        />
      </AccountLayout>
    );
  }

  const full = (addresses?.length ?? 0) >= maxSavedAddresses;
  return (
    <AccountLayout title={a('addresses.title')}>
      <FormMessageView message={message} />
      {error !== undefined && <ErrorNotice error={error} retry={() => setAttempt(attempt + 1)} />}
      {!addresses ? (
        error === undefined && <Loading minHeight="30vh" />
      ) : (
        <>
          {addresses.length === 0 ? (
            <p>{a('addresses.none')}</p>
          ) : (
            <ul class="saved-addresses" data-testid="saved-addresses">
              {addresses.map((address) => {
                const label = `${address.firstName} ${address.lastName}, ${address.line1}, ${address.postcode} ${address.city}`;
                return (
                  <li key={address.id} class="saved-address">
                    {address.isDefault && <p class="default-badge">{a('addresses.default')}</p>}
                    <PostalAddress address={address} />
                    <div class="address-actions">
                      <button type="button" disabled={busy} aria-label={a('addresses.editLabel', { address: label })} onClick={() => setEditing({ kind: 'edit', address })}>
                        {a('addresses.edit')}
                      </button>
                      {!address.isDefault && (
                        <button type="button" disabled={busy} aria-label={a('addresses.makeDefaultLabel', { address: label })} onClick={() => void act(() => updateAddress(address.id, addressForApi(formOf(address)), true), a('addresses.defaultChanged'))}>
                          {a('addresses.makeDefault')}
                        </button>
                      )}
                      {confirming === address.id ? (
                        <span class="confirm-delete">
                          <button type="button" class="danger" disabled={busy} onClick={() => void act(() => deleteAddress(address.id), a('addresses.deleted'))}>
                            {a('addresses.confirmDelete')}
                          </button>
                          <button type="button" disabled={busy} onClick={() => setConfirming(undefined)}>
                            {a('addresses.keep')}
                          </button>
                        </span>
                      ) : (
                        <button type="button" disabled={busy} aria-label={a('addresses.deleteLabel', { address: label })} onClick={() => setConfirming(address.id)}>
                          {a('addresses.delete')}
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          <button ref={addButton} type="button" class="primary" disabled={busy || full} aria-describedby={full ? 'addresses-full' : undefined} onClick={async () => {
            // A new address starts from the profile's names.
            setBusy(true);
            const names = await namesForAddress(session);
            setBusy(false);
            setEditing({ kind: 'new', names });
          }}>
            {a('addresses.add')}
          </button>
          {full && (
            <p id="addresses-full" class="hint">
              {a('addresses.full', { max: maxSavedAddresses })}
            </p>
          )}
        </>
      )}
    </AccountLayout>
  );
}

function AddressForm(props: { initial: AddressInput; defaultChoice: boolean; lockDefault: boolean; onCancel: () => void; onSave: (address: AddressInput, isDefault: boolean) => Promise<void> }) {
  const texts = useAccountI18n();
  const { a, t, locale } = texts;
  const [address, setAddress] = useState<AddressInput>(props.initial);
  const [isDefault, setIsDefault] = useState(props.defaultChoice);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [message, setMessage] = useState<FormMessage | undefined>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (field: AddressField, value: string) => setAddress((current) => ({ ...current, [field]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = validateAddress({ ...address }, '');
    const found = checked.ok ? {} : errorsByField(checked.details);
    setErrors(found);
    setMessage(undefined);
    if (Object.keys(found).length) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await props.onSave(addressForApi(address), isDefault);
    } catch (failure) {
      setBusy(false);
      // The API checks with the same rules: its field errors land on the same fields.
      const fields = failure instanceof ApiError ? errorsByField(failure.fieldErrors.filter((detail) => detail.path !== 'body.isDefault')) : {};
      if (Object.keys(fields).length) {
        setErrors(fields);
        setTimeout(() => summary.current?.focus());
      } else setMessage({ kind: 'error', text: accountErrorText(failure, texts) });
    }
  };

  const summaryErrors = Object.entries(errors).map(([field, code]) => ({ field, label: addressLabel(field, t), message: addressMessage(code, t, locale) ?? '' }));
  return (
    <form class="checkout-form account-form" onSubmit={submit} noValidate aria-busy={busy}>
      <ErrorSummary title={t('checkout.errorSummary')} errors={summaryErrors} summaryRef={summary} />
      <FormMessageView message={message} />
      <AddressFields legend={a('addresses.fieldset')} address={address} errors={errors} onChange={set} />
      <div class="checkbox-field">
        <input id="is-default" type="checkbox" checked={isDefault} disabled={props.lockDefault} aria-describedby={props.lockDefault ? 'is-default-hint' : undefined} onChange={(event) => setIsDefault(event.currentTarget.checked)} />
        <label for="is-default">{a('addresses.useAsDefault')}</label>
        {props.lockDefault && (
          <p id="is-default-hint" class="hint">
            {a('addresses.defaultLocked')}
          </p>
        )}
      </div>
      <div class="form-actions">
        <button type="button" onClick={props.onCancel}>
          {a('addresses.cancel')}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {a('addresses.save')}
        </button>
      </div>
    </form>
  );
}
