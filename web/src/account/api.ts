/** The customer-account routes (`/api/account/*`), called with the shopper's ID token; a 401 ends the session. */
import { ApiError, apiRequest, type Query } from '../api/client.ts';
import type { OrderActions } from '../api/orders.ts';
import type { AddressInput, CheckoutResult, Locale, Order, OrderStatus, ShipmentStatus } from '../api/types.ts';
import { CognitoError } from '../lib/cognito.ts';
import { filenameFromDisposition } from './privacy.ts';
import { endSession, freshIdToken } from './session.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const accountToken = async (): Promise<string> => {
  let token: string | undefined;
  try {
    token = await freshIdToken();
  } catch (error) {
    throw error instanceof CognitoError && error.code === 'network_error' ? new ApiError(0, 'network_error', error.message) : error;
  }
  if (!token) throw new ApiError(401, 'unauthorized', 'Not signed in.');
  return token;
};

export const accountRequest = async <T>(method: Method, path: string, body?: unknown, query?: Query): Promise<T> => {
  const token = await accountToken();
  try {
    return await apiRequest<T>(method, `/account${path}`, body, query, token);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) endSession();
    throw error;
  }
};

export interface AccountOrderSummary {
  id: string;
  number: string;
  status: OrderStatus;
  createdAt: string;
  total: number;
  itemCount: number;
  lines: Array<{ sku: string; title: string; quantity: number }>;
  shipmentStatus?: ShipmentStatus;
}

export interface OrderPage {
  orders: AccountOrderSummary[];
  nextCursor: string | null;
}

export const orderPageSize = 10;

/** Newest first; `cursor` comes from the previous page. */
export const listOrders = (locale: Locale, cursor?: string) => accountRequest<OrderPage>('GET', '/orders', undefined, { locale, limit: orderPageSize, cursor });

export const getAccountOrder = (orderId: string, locale: Locale) => accountRequest<Order>('GET', `/orders/${encodeURIComponent(orderId)}`, undefined, { locale });

/** Downloads and returns of an order the shopper owns, through the account routes (same bodies as the guest ones). */
export const accountOrderActions = (orderId: string): OrderActions => ({
  renewDownload: (sku) => accountRequest('POST', `/orders/${encodeURIComponent(orderId)}/downloads/${encodeURIComponent(sku)}/renew`),
  requestReturn: (lines, reason) => accountRequest('POST', `/orders/${encodeURIComponent(orderId)}/returns`, { lines, reason }),
});

export interface InvoiceDocument {
  kind: 'invoice' | 'credit_note';
  number: string;
  issuedAt: string;
  total: number;
  /** Short-lived signed link to the PDF. */
  url: string;
}

/** `preparing`: a paid order's invoice (or a credit note) not drawn yet; asking again shortly finds it. */
export const listInvoices = (orderId: string) => accountRequest<{ documents: InvoiceDocument[]; preparing: boolean }>('GET', `/orders/${encodeURIComponent(orderId)}/invoices`);

/** Attaches the guest orders placed with the account's verified email; harmless to repeat. */
export const claimOrders = () => accountRequest<{ claimed: number }>('POST', '/orders/claim');

export interface Profile {
  email: string;
  emailVerified: boolean;
  givenName: string;
  familyName: string;
  locale: Locale;
  marketing: { consent: boolean; at: string | null; source: string | null };
}

export interface ProfileInput {
  givenName: string;
  familyName: string;
  locale: Locale;
  marketingConsent: boolean;
}

export const getProfile = () => accountRequest<Profile>('GET', '/profile');

/** The profile's names as an address's, to start a new address from; the ID token's claims when the profile has none. */
export const namesForAddress = async (session?: { givenName?: string; familyName?: string }): Promise<{ firstName?: string; lastName?: string }> => {
  const profile = await getProfile().catch(() => undefined);
  const firstName = profile?.givenName || session?.givenName;
  const lastName = profile?.familyName || session?.familyName;
  return { ...(firstName ? { firstName } : {}), ...(lastName ? { lastName } : {}) };
};
export const saveProfile = (input: ProfileInput) => accountRequest<Profile>('PUT', '/profile', input);

export type SavedAddress = AddressInput & { id: string; isDefault: boolean };

export const maxSavedAddresses = 20;

export const listAddresses = () => accountRequest<{ addresses: SavedAddress[] }>('GET', '/addresses');
export const createAddress = (address: AddressInput, isDefault?: boolean) =>
  accountRequest<{ address: SavedAddress }>('POST', '/addresses', { ...address, ...(isDefault === undefined ? {} : { isDefault }) });
export const updateAddress = (id: string, address: AddressInput, isDefault?: boolean) =>
  accountRequest<{ address: SavedAddress }>('PUT', `/addresses/${encodeURIComponent(id)}`, { ...address, ...(isDefault === undefined ? {} : { isDefault }) });
export const deleteAddress = (id: string) => accountRequest<void>('DELETE', `/addresses/${encodeURIComponent(id)}`);

/** Places the order as the signed-in customer (`POST /api/account/checkout`): it is attached to the account. */
export const accountCheckout = (input: { cartId: string; email: string; shippingAddress?: AddressInput; deliveryMethod?: string; locale: Locale }) =>
  accountRequest<CheckoutResult>('POST', '/checkout', input);

/**
 * The account's data as the export route sends it (`GET /api/account/export`): the file's bytes and
 * the name its `content-disposition` gives, for the page to save.
 */
export const downloadAccountData = async (): Promise<{ file: Blob; filename: string }> => {
  const token = await accountToken();
  let response: Response;
  try {
    response = await fetch('/api/account/export', { headers: { accept: 'application/json', authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(0, 'network_error', 'The shop could not be reached.');
  }
  if (!response.ok) {
    const error = ((await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    if (response.status === 401) endSession();
    throw new ApiError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? response.statusText, error?.details);
  }
  return { file: await response.blob(), filename: filenameFromDisposition(response.headers.get('content-disposition')) };
};

export interface AccountDeletion {
  deleted: true;
  /** Orders whose personal data was erased (their accounting data stays). */
  orders: number;
  reviews: number;
}

/** Erases the account (`DELETE /api/account`); refused with `orders_in_progress` while an order is under way. */
export const deleteAccount = () => accountRequest<AccountDeletion>('DELETE', '', { confirm: true });
