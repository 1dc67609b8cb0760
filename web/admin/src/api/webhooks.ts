/** The admin outbound-webhooks API, typed. A signing secret is only in the answer that creates or rotates it. */
import { domainEventNames, type DomainEventName } from '#shared/domain/events/domain-event.ts';
import { adminRequest } from './client.ts';

export { domainEventNames, type DomainEventName };

/** A list of event names, or `'*'` for every event (including those added later). */
export type WebhookEvents = '*' | DomainEventName[];

export interface AdminWebhook {
  id: string;
  url: string;
  events: WebhookEvents;
  description: string | null;
  enabled: boolean;
  /** `'failing'` when the shop switched it off after failed deliveries. */
  disabledReason: 'failing' | null;
  failingSince: string | null;
  createdAt: string;
  updatedAt: string;
}

export const attemptOutcomes = ['delivered', 'retry_scheduled', 'gave_up', 'endpoint_disabled'] as const;
export type AttemptOutcome = (typeof attemptOutcomes)[number];

export interface WebhookAttempt {
  eventId: string;
  eventName: DomainEventName;
  attempt: number;
  at: string;
  durationMs: number;
  /** The receiver's HTTP status; null when it did not answer (then `error` says why). */
  status: number | null;
  error: string | null;
  responseExcerpt: string | null;
  outcome: AttemptOutcome;
  nextAttemptAt: string | null;
}

export interface CreateWebhookBody {
  url: string;
  events: WebhookEvents;
  description?: string | null;
}

type Page<T> = { items: T[]; nextCursor: string | null };
type WithSecret = { webhook: AdminWebhook; secret: string };

const path = (id: string) => `/admin/webhooks/${encodeURIComponent(id)}`;

export const listWebhooks = (query: { cursor?: string | undefined; limit?: number } = {}) => adminRequest<Page<AdminWebhook>>('GET', '/admin/webhooks', undefined, query);

export const createWebhook = (body: CreateWebhookBody) => adminRequest<WithSecret>('POST', '/admin/webhooks', body);

export const setWebhookEnabled = (id: string, enabled: boolean) => adminRequest<{ webhook: AdminWebhook }>('PATCH', path(id), { enabled });

export const rotateWebhookSecret = (id: string) => adminRequest<WithSecret>('POST', `${path(id)}/secret`);

export const deleteWebhook = (id: string) => adminRequest<undefined>('DELETE', path(id));

export const listAttempts = (id: string, query: { cursor?: string | undefined; limit?: number } = {}) =>
  adminRequest<Page<WebhookAttempt>>('GET', `${path(id)}/attempts`, undefined, query);
