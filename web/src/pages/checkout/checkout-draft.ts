/** What the shopper typed during checkout (address, delivery method), kept for this tab only. */
import type { AddressInput, DeliveryMethodId, ErrorDetail } from '../../api/types.ts';

export interface CheckoutDraft {
  address: AddressInput;
  method?: DeliveryMethodId;
}

const storageKey = 'boutique.checkout';

export const emptyAddress: AddressInput = { firstName: '', lastName: '', company: '', line1: '', line2: '', postcode: '', city: '', country: 'FR', phone: '' };

export const readDraft = (): CheckoutDraft => {
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as Partial<CheckoutDraft> | null;
    return { address: { ...emptyAddress, ...stored?.address }, ...(stored?.method ? { method: stored.method } : {}) };
  } catch {
    return { address: { ...emptyAddress } };
  }
};

export const saveDraft = (draft: CheckoutDraft): void => {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(draft));
  } catch {
    // Without storage the draft lives in memory for this page.
  }
};

export const clearDraft = (): void => {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing kept, nothing to clear.
  }
};

/** Address errors the API found at payment time, handed to the delivery step to show. */
let serverAddressErrors: ErrorDetail[] = [];
export const handOverAddressErrors = (details: ErrorDetail[]): void => {
  serverAddressErrors = details;
};
export const takeAddressErrors = (): ErrorDetail[] => {
  const taken = serverAddressErrors;
  serverAddressErrors = [];
  return taken;
};

/** The address as the API takes it: optional fields left blank are not sent. */
export const addressForApi = (address: AddressInput): AddressInput => {
  const sent: Record<string, string> = {};
  for (const [field, value] of Object.entries(address)) if (typeof value === 'string' && value.trim() !== '') sent[field] = value.trim();
  return sent as unknown as AddressInput;
};

/** `body.shippingAddress.postcode` → `postcode`, for details that concern the address. */
export const addressField = (path: string): string | undefined => {
  const match = /^(?:body\.)?shippingAddress(?:\.(\w+))?$/.exec(path);
  return match ? (match[1] ?? '') : undefined;
};
