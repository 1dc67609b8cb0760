/**
 * The one piece of the customer account that ships with the first load: whether a session is
 * stored, for the header's link. Everything else (tokens, Cognito calls, pages, texts) loads with
 * the account pages.
 */
export const sessionStorageKey = 'boutique.account.session';
const changeEvent = 'boutique:account';

export const isSignedIn = (): boolean => {
  try {
    return localStorage.getItem(sessionStorageKey) !== null;
  } catch {
    return false;
  }
};

/** Tells this tab's listeners the session started or ended (other tabs hear the `storage` event). */
export const signalAccountChange = (): void => void window.dispatchEvent(new Event(changeEvent));

export const onAccountChange = (listener: () => void): (() => void) => {
  window.addEventListener(changeEvent, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(changeEvent, listener);
    window.removeEventListener('storage', listener);
  };
};
