import { randomBytes } from 'node:crypto';
import { checkWebhookUrl } from '#shared/domain/webhooks/url-policy.ts';
import { NotFoundError, ValidationError } from '#shared/http/errors.ts';
import { urlPolicy } from '#shared/webhooks/local-hosts.ts';

/** The URL as it will be called, or 400 `webhook_url_not_allowed` saying why (private address, http, local name…). */
export const allowedUrl = (url: string): string => {
  const check = checkWebhookUrl(url, urlPolicy);
  if (check.ok) return check.url.href;
  throw new ValidationError('The webhook URL is not allowed.', [{ path: 'body.url', code: check.reason, message: check.detail }], 'webhook_url_not_allowed');
};

/** A signing secret: 32 random bytes, prefixed so that it is recognisable in a secret scanner. */
export const newSigningSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

export const newWebhookId = (): string => `wh_${randomBytes(12).toString('base64url')}`;

export const webhookNotFound = (id: string) => new NotFoundError(`No webhook ${id}.`, 'webhook_not_found');
