import { describe, expect, it } from 'vitest';
import { orderLinkEmail } from './order-link.ts';
import { sampleOrder, shop } from './test-support.ts';

const link = 'https://boutique.example/commande/ord-1?token=new-token-123';

describe('orderLinkEmail', () => {
  it.each([
    ['fr', 'Nouveau lien pour votre commande 261123-ABCDE', /ne fonctionnent plus/],
    ['en', 'New link for your order 261123-ABCDE', /no longer work/],
  ] as const)('gives the new link and says the old ones stopped working (%s)', (locale, subject, oldLinks) => {
    const email = orderLinkEmail(sampleOrder({ locale }), { ...shop, trackingPageUrl: link });
    expect(email.subject).toBe(subject);
    for (const body of [email.html, email.text]) {
      expect(body).toContain(link.replace('&', '&amp;'));
      expect(body).toMatch(oldLinks);
    }
  });
});
