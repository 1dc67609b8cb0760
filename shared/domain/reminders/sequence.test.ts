import { describe, expect, it } from 'vitest';
import type { Cart } from '#shared/domain/carts/model.ts';
import { dueStep, isFollowed, nextReminderDueAt } from './sequence.ts';

const cart = (overrides: Partial<Cart> = {}): Cart => ({
  id: 'c1',
  lines: [{ sku: 'A-1', productId: 'p1', quantity: 1 }],
  locale: 'fr',
  email: 'lea@example.fr',
  reminderConsent: true,
  reminderConfirmedAt: '2026-11-23T09:30:00.000Z',
  status: 'open',
  version: 3,
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  ...overrides,
});

describe('abandoned-cart reminders', () => {
  it.each([
    ['no line', { lines: [] }],
    ['no email', { email: undefined }],
    ['no consent', { reminderConsent: false }],
    ['a consent its address never confirmed', { reminderConfirmedAt: undefined }],
    ['checked out', { status: 'converted' as const }],
  ])('does not follow a cart with %s', (_name, overrides) => {
    expect(isFollowed(cart(overrides))).toBe(false);
    expect(nextReminderDueAt(cart(overrides))).toBeUndefined();
  });

  it('is due one hour after the last change, then 24 hours after it, then never again', () => {
    expect(nextReminderDueAt(cart())).toBe('2026-11-23T11:00:00.000Z');
    expect(nextReminderDueAt(cart({ remindersSent: 1 }))).toBe('2026-11-24T10:00:00.000Z');
    expect(nextReminderDueAt(cart({ remindersSent: 2 }))).toBeUndefined();
  });

  it('sends a step only once it is due, the second with a discount', () => {
    expect(dueStep(cart(), new Date('2026-11-23T10:59:59.000Z'))).toBeUndefined();
    expect(dueStep(cart(), new Date('2026-11-23T11:00:00.000Z'))).toEqual({ index: 0, step: { afterMinutes: 60 } });
    expect(dueStep(cart({ remindersSent: 1 }), new Date('2026-11-24T12:00:00.000Z'))?.step.discountBasisPoints).toBe(1000);
  });

  it('restarts the timer when the cart changes', () => {
    expect(dueStep(cart({ updatedAt: '2026-11-23T10:30:00.000Z' }), new Date('2026-11-23T11:00:00.000Z'))).toBeUndefined();
  });
});
