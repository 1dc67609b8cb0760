import { describe, expect, it } from 'vitest';
import { cartReminderEmail, type CartReminder } from './cart-reminder.ts';
import { shop } from './test-support.ts';

const reminder = (overrides: Partial<CartReminder> = {}): CartReminder => ({
  locale: 'fr',
  step: 0,
  lines: [
    { title: { fr: 'Chemise en lin', en: 'Linen shirt' }, options: { colour: 'navy', size: 'M' }, imageUrl: 'https://boutique.example.fr/media/shirt.jpg', unitPrice: 3900, quantity: 2 },
    { title: { fr: 'Guide <du> jardin', en: 'Garden <guide>' }, options: {}, unitPrice: 1250, quantity: 1 },
  ],
  restoreUrl: 'https://boutique.example.fr/panier?restore=abc.def',
  unsubscribeUrl: 'https://boutique.example.fr/desabonnement?token=ghi.jkl',
  ...overrides,
});

describe('cart reminder email', () => {
  it('lists the lines with image, today’s prices and the subtotal, with a restore button and an unsubscribe link', () => {
    const email = cartReminderEmail(reminder(), shop);
    expect(email.subject).toBe('Vous avez oublié quelque chose\u00a0?');
    expect(email.html).toContain('<img src="https://boutique.example.fr/media/shirt.jpg"');
    expect(email.html).toContain('Guide &lt;du&gt; jardin');
    expect(email.text).toContain('2 × 39,00\u00a0€ = 78,00\u00a0€');
    expect(email.text).toContain('Sous-total\u00a0: 90,50\u00a0€');
    expect(email.html).toContain('href="https://boutique.example.fr/panier?restore=abc.def"');
    expect(email.text).toContain('Reprendre mon panier\u00a0: https://boutique.example.fr/panier?restore=abc.def');
    expect(email.text).toContain('Ne plus recevoir de rappels (https://boutique.example.fr/desabonnement?token=ghi.jkl)');
  });

  it('writes English for an English cart and announces the offer of a later step', () => {
    const email = cartReminderEmail(reminder({ locale: 'en', step: 1, offer: { code: 'MERCI-1A2B3C4D', basisPoints: 1000, endsAt: '2026-11-30T10:00:00.000Z' } }), shop);
    expect(email.subject).toBe('10% off your cart');
    expect(email.text).toContain('Linen shirt');
    expect(email.text).toContain('Enjoy 10% off with the code MERCI-1A2B3C4D, valid once until Monday 30 November 2026');
    expect(email.text).toContain('Stop these reminders');
  });

  it('never renders an image from a non-http address', () => {
    const email = cartReminderEmail(reminder({ lines: [{ title: { fr: 'X', en: 'X' }, options: {}, imageUrl: 'javascript:alert(1)', unitPrice: 100, quantity: 1 }] }), shop);
    expect(email.html).not.toContain('<img');
  });
});
