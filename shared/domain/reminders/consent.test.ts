import { describe, expect, it } from 'vitest';
import type { Cart } from '#shared/domain/carts/model.ts';
import { confirmationPayload, consentChanges, readConfirmationPayload, reminderState } from './consent.ts';

const now = new Date('2026-12-03T10:00:00.000Z');
const cart = (overrides: Partial<Cart> = {}): Cart => ({
  id: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  lines: [],
  locale: 'fr',
  reminderConsent: false,
  status: 'open',
  version: 1,
  createdAt: '2026-12-03T09:00:00.000Z',
  updatedAt: '2026-12-03T09:00:00.000Z',
  ...overrides,
});

describe('reminder consent on a cart', () => {
  it('records the date and source of a new consent and asks the address to confirm', () => {
    expect(consentChanges(cart({ email: 'lea@example.fr' }), { reminderConsent: true }, now)).toEqual({
      changes: { reminderConsent: true, reminderConsentAt: '2026-12-03T10:00:00.000Z', reminderConsentSource: 'cart' },
      confirmationNeeded: true,
    });
  });

  it('waits for an email before asking, then asks when it arrives', () => {
    expect(consentChanges(cart(), { reminderConsent: true }, now).confirmationNeeded).toBe(false);
    const ticked = cart({ reminderConsent: true, reminderConsentAt: '2026-12-03T09:30:00.000Z', reminderConsentSource: 'cart' });
    expect(consentChanges(ticked, { email: 'lea@example.fr' }, now)).toMatchObject({ confirmationNeeded: true, changes: { reminderConsentAt: now.toISOString() } });
  });

  it('does not ask again for a consent repeated on the same address', () => {
    const given = cart({ email: 'lea@example.fr', reminderConsent: true, reminderConsentAt: '2026-12-03T09:30:00.000Z' });
    expect(consentChanges(given, { reminderConsent: true, email: 'lea@example.fr' }, now)).toEqual({ changes: { reminderConsent: true }, confirmationNeeded: false });
  });

  it('withdraws the confirmation when the email changes, and everything when the box is unticked', () => {
    const confirmed = cart({ email: 'lea@example.fr', reminderConsent: true, reminderConsentAt: 'x', reminderConfirmedAt: 'y' });
    const moved = consentChanges(confirmed, { email: 'stranger@example.com' }, now);
    expect(moved.confirmationNeeded).toBe(true);
    expect('reminderConfirmedAt' in moved.changes && moved.changes.reminderConfirmedAt === undefined).toBe(true);
    const off = consentChanges(confirmed, { reminderConsent: false }, now);
    expect(off.confirmationNeeded).toBe(false);
    expect(off.changes).toEqual({ reminderConsent: false, reminderConsentAt: undefined, reminderConsentSource: undefined, reminderConfirmedAt: undefined });
  });

  it('tells the shopper where their reminders stand', () => {
    expect(reminderState(cart({ reminderConsent: true }))).toBe('off');
    expect(reminderState(cart({ reminderConsent: true, email: 'a@b.fr' }))).toBe('awaiting_confirmation');
    expect(reminderState(cart({ reminderConsent: true, email: 'a@b.fr', reminderConfirmedAt: 'y' }))).toBe('on');
  });

  it('reads back only a well-formed confirmation payload', () => {
    const hash = 'a'.repeat(64);
    expect(readConfirmationPayload(confirmationPayload(cart().id, hash))).toEqual({ cartId: cart().id, emailHash: hash });
    for (const bad of ['', 'x:y', `${cart().id}:${'a'.repeat(63)}`, `${cart().id}`]) expect(readConfirmationPayload(bad)).toBeUndefined();
  });
});
