/** Merchant input for webhook endpoints: shapes here; the URL's safety is judged by `checkWebhookUrl` (400 `webhook_url_not_allowed`). */
import * as z from 'zod/mini';
import { domainEventNames } from '#shared/domain/events/domain-event.ts';
import { maxWebhookUrlLength } from '#shared/domain/webhooks/url-policy.ts';

const url = z.string().check(z.trim(), z.minLength(1), z.maxLength(maxWebhookUrlLength));
/** A list of event names (each once), or `"*"` for every event, including those added later. */
const events = z.union([z.literal('*'), z.array(z.enum(domainEventNames)).check(z.minLength(1), z.maxLength(domainEventNames.length), z.refine((names) => new Set(names).size === names.length, 'must not repeat an event'))]);
const description = z.nullable(z.string().check(z.trim(), z.maxLength(200)));

export const createWebhookInput = z.strictObject({
  url,
  events,
  description: z.optional(description),
});
export type CreateWebhookInput = z.infer<typeof createWebhookInput>;

/** Any of the fields; `enabled: true` switches back on an endpoint the shop disabled after failures. */
export const updateWebhookInput = z.strictObject({
  url: z.optional(url),
  events: z.optional(events),
  description: z.optional(description),
  enabled: z.optional(z.boolean()),
});
export type UpdateWebhookInput = z.infer<typeof updateWebhookInput>;

export const webhookIdParams = z.object({ id: z.string().check(z.regex(/^wh_[A-Za-z0-9_-]{10,40}$/, 'is not a webhook id')) });

const pageQuery = {
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-9]\d|100)$/, 'must be between 1 and 100'))),
  cursor: z.optional(z.string().check(z.maxLength(600))),
};
export const listWebhooksQuery = z.object(pageQuery);
export const listAttemptsQuery = z.object(pageQuery);
