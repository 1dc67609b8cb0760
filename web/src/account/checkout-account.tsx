/**
 * What the checkout adds for a signed-in customer, loaded only when a session is stored: the
 * account's email and default address to start from, a choice among the saved addresses, and
 * saving the typed address to the account.
 */
import type { AddressInput } from '../api/types.ts';
import { addressForApi } from '../pages/checkout/checkout-draft.ts';
import { createAddress, listAddresses, namesForAddress, type SavedAddress } from './api.ts';
import { useAccountI18n } from './i18n/account-i18n.ts';
import { accountErrorText } from './messages.ts';
import { currentSession } from './session.ts';

export { accountCheckout } from './api.ts';

export const signedInEmail = (): string | undefined => currentSession()?.email || undefined;

const addressOnly = (saved: SavedAddress): AddressInput => {
  const { id: _id, isDefault: _default, ...address } = saved;
  return address;
};

/** The saved addresses (default first) and the address to start from: the default one, or the account's names. */
export const checkoutPrefill = async (): Promise<{ saved: SavedAddress[]; start?: Partial<AddressInput> }> => {
  const saved = await listAddresses().then(
    (answer) => [...answer.addresses].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)),
    () => [],
  );
  return { saved, start: saved[0] ? addressOnly(saved[0]) : await namesForAddress(currentSession()) };
};

const comparable = (address: Partial<AddressInput>) =>
  (['firstName', 'lastName', 'company', 'line1', 'line2', 'postcode', 'city', 'country', 'phone'] as const).map((field) => (address[field] ?? '').trim().toLowerCase()).join('|');

/** Whether the typed address is one of the saved ones already (nothing to offer saving). */
export const isSaved = (address: AddressInput, saved: SavedAddress[]): boolean => saved.some((entry) => comparable(entry) === comparable(address));

/** Saves the address to the account; the first one becomes the default. */
export const saveToAccount = (address: AddressInput, saved: SavedAddress[]) => createAddress(addressForApi(address), saved.length === 0 ? true : undefined);

export function SavedAddressPicker(props: { saved: SavedAddress[]; onPick: (address: AddressInput) => void }) {
  const { a } = useAccountI18n();
  if (props.saved.length < 2) return null;
  return (
    <div class="field">
      <label for="saved-address">{a('checkout.savedAddress')}</label>
      <select
        id="saved-address"
        onChange={(event) => {
          const picked = props.saved.find((entry) => entry.id === event.currentTarget.value);
          if (picked) props.onPick(addressOnly(picked));
        }}
      >
        {props.saved.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {[`${entry.firstName} ${entry.lastName}`, entry.line1, `${entry.postcode} ${entry.city}`].join(', ')}
            {entry.isDefault ? ` (${a('addresses.default')})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "Save this address to my account", unticked unless the customer ticks it; the refusal, if any, next to it. */
export function SaveAddressOption(props: { checked: boolean; onToggle: (checked: boolean) => void; error: unknown }) {
  const texts = useAccountI18n();
  const { a } = texts;
  return (
    <div class={props.error === undefined ? 'checkbox-field' : 'checkbox-field has-error'}>
      <input
        id="save-address"
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.error === undefined ? undefined : 'save-address-error'}
        onChange={(event) => props.onToggle(event.currentTarget.checked)}
      />
      <label for="save-address">{a('checkout.saveAddress')}</label>
      {props.error !== undefined && (
        <p id="save-address-error" class="field-error hint" role="alert">
          {accountErrorText(props.error, texts)}
        </p>
      )}
    </div>
  );
}
