/** The email telling the merchant the shop stopped sending to a webhook endpoint that kept failing. */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { WebhookEndpoint } from '#shared/domain/webhooks/endpoint.ts';
import { renderEmail } from './layout.ts';
import type { RenderedEmail, ShopContext } from './model.ts';

const copy: Record<Locale, { subject: string; heading: string; intro: (url: string, since: string) => string; action: string; manage: string }> = {
  fr: {
    subject: 'Webhook désactivé après des échecs répétés',
    heading: 'Un webhook a été désactivé',
    intro: (url, since) => `Les envois vers ${url} échouent depuis le ${since}. La boutique a cessé d’y envoyer des événements.`,
    action: 'Corrigez le point de réception, puis réactivez-le depuis l’administration (PATCH /api/admin/webhooks/{id} avec "enabled": true).',
    manage: 'Ouvrir l’administration',
  },
  en: {
    subject: 'Webhook disabled after repeated failures',
    heading: 'A webhook was disabled',
    intro: (url, since) => `Deliveries to ${url} have failed since ${since}. The shop stopped sending events to it.`,
    action: 'Fix the receiving endpoint, then switch it back on from the admin (PATCH /api/admin/webhooks/{id} with "enabled": true).',
    manage: 'Open the admin',
  },
};

/** The notice for `endpoint`, failing since `failingSince` (ISO). */
export const webhookDisabledEmail = (endpoint: Pick<WebhookEndpoint, 'id' | 'url'>, failingSince: string, shop: ShopContext, locale: Locale = 'fr'): RenderedEmail => {
  const text = copy[locale];
  const intro = text.intro(endpoint.url, failingSince);
  return renderEmail(
    {
      locale,
      subject: text.subject,
      preheader: intro,
      heading: text.heading,
      body: [
        { type: 'paragraph', text: [intro] },
        { type: 'paragraph', text: [text.action.replace('{id}', endpoint.id)] },
        { type: 'link', label: text.manage, url: `${shop.shopUrl.replace(/\/$/, '')}/admin/` },
      ],
      footer: [{ type: 'paragraph', muted: true, text: [{ label: shop.shopName, url: shop.shopUrl }] }],
    },
    shop,
  );
};
