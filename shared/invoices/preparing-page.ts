/** The page an invoice link shows in the seconds before the PDF exists: it says so and reloads itself. */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { HttpResult } from '#shared/http/responses.ts';

export const retryAfterSeconds = 10;

const copy: Record<Locale, { title: string; text: string }> = {
  fr: { title: 'Facture en préparation', text: 'Votre facture est en cours de préparation. Cette page se rechargera d’elle-même dans quelques secondes.' },
  en: { title: 'Invoice being prepared', text: 'Your invoice is being prepared. This page will reload by itself in a few seconds.' },
};

export const preparingPage = (locale: Locale): HttpResult => {
  const { title, text } = copy[locale];
  return {
    statusCode: 202,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': String(retryAfterSeconds) },
    body: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="refresh" content="${retryAfterSeconds}"><title>${title}</title></head><body><main><h1>${title}</h1><p role="status">${text}</p></main></body></html>`,
  };
};
