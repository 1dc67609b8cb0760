import { describe, expect, it } from 'vitest';
import { reviewInviteEmail } from './review-invite.ts';
import { sampleOrder, shop } from './test-support.ts';

const invite = {
  lines: [{ title: { fr: 'Chemise en lin', en: 'Linen shirt' }, quantity: 1 }],
  reviewUrl: 'https://boutique.example.fr/commande/ord-1/avis?token=abc',
  unsubscribeUrl: 'https://boutique.example.fr/desabonnement?token=t.s',
};

describe('reviewInviteEmail', () => {
  it('writes in the order language, lists what was received and links to the review page and the opt-out', () => {
    const fr = reviewInviteEmail(sampleOrder({ locale: 'fr' }), invite, shop);
    expect(fr.subject).toBe('Votre avis sur la commande 261123-ABCDE\u00a0?');
    expect(fr.text).toContain('Chemise en lin');
    expect(fr.text).toContain('Donner mon avis');
    expect(fr.text).toContain(invite.reviewUrl);
    expect(fr.html).toContain(`href="${invite.reviewUrl.replace('&', '&amp;')}"`);
    expect(fr.html).toContain(invite.unsubscribeUrl);
    const en = reviewInviteEmail(sampleOrder({ locale: 'en' }), invite, shop);
    expect(en.subject).toBe('How was your order 261123-ABCDE?');
    expect(en.text).toContain('Linen shirt');
    expect(en.text).toContain('Write a review');
  });
});
