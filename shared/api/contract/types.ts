import type * as z from 'zod/mini';

type Schema = z.ZodMiniType;

/** A response the route gives on purpose: its body schema (none for 204 and redirects) and headers. */
export interface ResponseContract {
  description: string;
  body?: Schema;
  /** Defaults to `application/json`. */
  contentType?: string;
  headers?: Record<string, { description: string; schema: Schema }>;
}

/**
 * What one route accepts and answers. The request schemas are the very ones its handler passes to
 * `httpHandler`; responses list the success and the route-specific errors (validation, auth,
 * rate limits, origin and server errors are added by the generator from the manifest).
 */
export interface RouteContract {
  summary: string;
  description?: string;
  request?: { params?: Schema; query?: Schema; body?: Schema };
  responses: Record<number, ResponseContract>;
}

/** Contracts by API Gateway route key, e.g. `GET /api/products/{slug}`. */
export type ContractTable = Record<string, RouteContract>;
