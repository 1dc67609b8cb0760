import { describe, expect, it } from 'vitest';
import { reminderConfirmationEmail } from './reminder-confirmation.ts';
import { shop } from './test-support.ts';

const confirmUrl = 'https://boutique.example.fr/panier?confirm=abc.def';

describe('reminderConfirmationEmail', () => {
  it('asks in the cart language to confirm the address, with the link and a way to ignore it', () => {
    const fr = reminderConfirmationEmail({ locale: 'fr', confirmUrl }, shop);
    expect(fr.subject).toBe('Confirmez les rappels de votre panier');
    expect(fr.text).toContain(confirmUrl);
    expect(fr.text).toContain('vous ne recevrez aucun rappel');
    expect(fr.html).toContain(`href="${confirmUrl}"`);
    const en = reminderConfirmationEmail({ locale: 'en', confirmUrl }, shop);
    expect(en.subject).toBe('Confirm your cart reminders');
    expect(en.text).toContain('Confirm reminders');
  });
});
