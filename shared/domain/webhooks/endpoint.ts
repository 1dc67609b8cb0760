/** A merchant's webhook endpoint and the pure rules about it: which events it receives, when it is given up on. */
import type { DomainEventName } from '#shared/domain/events/domain-event.ts';

export interface WebhookEndpoint {
  id: string;
  url: string;
  /** The event names it subscribes to, or `*` for every event (today's and future ones). */
  events: DomainEventName[] | '*';
  description: string | null;
  enabled: boolean;
  /** Why it is off, when the shop switched it off. */
  disabledReason: 'failing' | null;
  /** Start of the current run of failed attempts; null after a success. */
  failingSince: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The enabled endpoints that subscribe to `name`. */
export const endpointsFor = <E extends Pick<WebhookEndpoint, 'enabled' | 'events'>>(endpoints: E[], name: DomainEventName): E[] =>
  endpoints.filter((endpoint) => endpoint.enabled && (endpoint.events === '*' || endpoint.events.includes(name)));

/** Whether an endpoint failing since `failingSince` has failed for longer than the shop waits (`thresholdSeconds`). */
export const failingTooLong = (failingSince: string | null, now: Date, thresholdSeconds: number): boolean =>
  failingSince !== null && now.getTime() - Date.parse(failingSince) > thresholdSeconds * 1000;
