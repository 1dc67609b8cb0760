import type { StoredEndpoint } from '#shared/data/webhook-repository.ts';

/** An endpoint as the admin API answers it: never its secret. */
export const presentWebhook = (endpoint: StoredEndpoint) => ({
  id: endpoint.id,
  url: endpoint.url,
  events: endpoint.events,
  description: endpoint.description,
  enabled: endpoint.enabled,
  disabledReason: endpoint.disabledReason,
  failingSince: endpoint.failingSince,
  createdAt: endpoint.createdAt,
  updatedAt: endpoint.updatedAt,
});
