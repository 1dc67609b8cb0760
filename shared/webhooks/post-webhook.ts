/**
 * One outbound webhook request, guarded against reaching the shop's own network: the URL passes
 * the registration rules again, the host is resolved once and every address it resolves to must be
 * public, and the socket connects to exactly that checked address (a custom `lookup`), so a DNS
 * answer cannot change between the check and the connection. Redirects are not followed; the
 * answer is cut to a short excerpt.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { classifyAddress } from '#shared/domain/webhooks/address-policy.ts';
import { checkWebhookUrl, type UrlPolicy } from '#shared/domain/webhooks/url-policy.ts';

export const responseExcerptLength = 300;

export type PostOutcome =
  | { kind: 'response'; status: number; excerpt: string; durationMs: number }
  | { kind: 'error'; error: 'refused_address' | 'timeout' | 'connection_failed'; detail: string; durationMs: number };

class RefusedAddress extends Error {}

/** A `lookup` that answers only public addresses (all of them, or the first) and refuses the name otherwise. */
export const guardedLookup =
  (localHosts: readonly string[]): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = localHosts.includes(hostname.toLowerCase()) ? undefined : addresses.find((entry) => !classifyAddress(entry.address).ok);
      if (refused || !addresses.length) return callback(new RefusedAddress(`${hostname} resolves to ${refused?.address ?? 'nothing'}`), '', 0);
      // Node 20 asks for every address when it races IPv4 and IPv6 (autoSelectFamily).
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };

const readExcerpt = (response: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
      if (text.length >= responseExcerptLength) response.destroy();
    });
    response.on('close', () => resolve(text.slice(0, responseExcerptLength)));
    response.on('error', () => resolve(text.slice(0, responseExcerptLength)));
  });

/** POSTs `body` to `url` within `timeoutMs`; never throws, answers what happened. */
export const postWebhook = (url: string, body: string, headers: Record<string, string>, options: UrlPolicy & { timeoutMs: number }): Promise<PostOutcome> => {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const check = checkWebhookUrl(url, options);
  if (!check.ok) return Promise.resolve({ kind: 'error', error: 'refused_address', detail: check.detail, durationMs: 0 });
  const send = check.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = send(
      check.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'shop-webhooks/1' },
        lookup: guardedLookup(options.localHosts),
        agent: false,
      },
      (response) => {
        void readExcerpt(response).then((excerpt) => finish({ kind: 'response', status: response.statusCode ?? 0, excerpt, durationMs: elapsed() }));
      },
    );
    const timer = setTimeout(() => {
      finish({ kind: 'error', error: 'timeout', detail: `No answer within ${options.timeoutMs} ms.`, durationMs: elapsed() });
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (error) => {
      const refused = error instanceof RefusedAddress;
      finish({ kind: 'error', error: refused ? 'refused_address' : 'connection_failed', detail: refused ? error.message : (error as NodeJS.ErrnoException).code ?? error.message, durationMs: elapsed() });
    });
    request.end(body);
  });
};
