/** The registration form's values, what the API is sent, and which field an API problem belongs to. */
import type { CreateWebhookBody, DomainEventName } from '../../api/webhooks.ts';

export interface WebhookFormValues {
  url: string;
  /** Every event, including those the shop adds later. */
  allEvents: boolean;
  events: DomainEventName[];
  description: string;
}

export type WebhookFormField = 'url' | 'events' | 'description';
export type WebhookFieldProblems = Partial<Record<WebhookFormField, string>>;
/** Problems found before sending: keys of `webhooks.input.*`. */
export type WebhookInputProblem = 'url_required' | 'events_required';

export const emptyWebhookForm: WebhookFormValues = { url: '', allEvents: false, events: [], description: '' };

/** The body to send, or what the merchant must fill in first. */
export const createBodyOf = (values: WebhookFormValues): { body: CreateWebhookBody } | { problems: Partial<Record<WebhookFormField, WebhookInputProblem>> } => {
  const problems: Partial<Record<WebhookFormField, WebhookInputProblem>> = {};
  const url = values.url.trim();
  if (!url) problems.url = 'url_required';
  if (!values.allEvents && !values.events.length) problems.events = 'events_required';
  if (Object.keys(problems).length) return { problems };
  const description = values.description.trim();
  return { body: { url, events: values.allEvents ? '*' : [...values.events], ...(description ? { description } : {}) } };
};

/** Ticks or unticks one event, keeping the list in the order it is shown. */
export const toggleEvent = (values: WebhookFormValues, name: DomainEventName, checked: boolean, order: readonly DomainEventName[]): WebhookFormValues => {
  const chosen = new Set(values.events);
  if (checked) chosen.add(name);
  else chosen.delete(name);
  return { ...values, events: order.filter((event) => chosen.has(event)) };
};

/** `body.url` → `url`; any path under `body.events` → `events`. */
export const fieldOfPath = (path: string): WebhookFormField | undefined => {
  const field = path.replace(/^body\./, '').split('.')[0];
  return field === 'url' || field === 'events' || field === 'description' ? field : undefined;
};
