/** The admin pages' one way to call the API: the merchant's token on every request, typed errors. */
import { ApiError, queryString, type Query } from '../../../src/api/client.ts';
import { endSession, freshIdToken } from '../auth/session.ts';

export { ApiError, type Query };

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const parse = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Sends a request to `/api<path>` as the signed-in merchant and returns the parsed JSON, or throws
 * an `ApiError` with the API's code. A 401 ends the session, which brings back the sign-in page.
 */
export const adminRequest = async <T>(method: Method, path: string, body?: unknown, query?: Query): Promise<T> => {
  const token = await freshIdToken();
  if (!token) throw new ApiError(401, 'unauthorized', 'Not signed in.');
  const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}${queryString(query)}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  } catch {
    throw new ApiError(0, 'network_error', 'The shop could not be reached.');
  }
  const json = (await parse(response)) as { error?: { code?: string; message?: string; details?: unknown } } | undefined;
  if (response.status === 401) endSession();
  if (!response.ok) {
    const error = json?.error;
    throw new ApiError(response.status, error?.code ?? (response.status === 401 ? 'unauthorized' : `http_${response.status}`), error?.message ?? response.statusText, error?.details);
  }
  return json as T;
};
