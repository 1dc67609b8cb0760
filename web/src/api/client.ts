/** The one place that talks HTTP to the shop's API (same origin, under `/api`). */
import type { ErrorDetail } from './types.ts';

/** A refusal or failure from the API, or `network_error` when it could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field-level validation details, when the API sent them as a list. */
  get fieldErrors(): ErrorDetail[] {
    return Array.isArray(this.details) ? (this.details as ErrorDetail[]) : [];
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

/** `?a=1&b=2` from the defined values, or an empty string. */
export const queryString = (query: Query = {}): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

const parse = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Sends a request (with the signed-in customer's ID token if given) and returns the parsed JSON, or throws an `ApiError` with the API's code. */
export const apiRequest = async <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, query?: Query, token?: string): Promise<T> => {
  let response: Response;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    response = await fetch(`/api${path}${queryString(query)}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'The shop could not be reached.');
  }
  const json = (await parse(response)) as { error?: { code?: string; message?: string; details?: unknown } } | undefined;
  if (!response.ok) {
    const error = json?.error;
    throw new ApiError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? response.statusText, error?.details);
  }
  return json as T;
};
