import { describe, expect, it } from 'vitest';
import { guestAccess, paymentWindowMinutes } from './model.ts';

const day = 86_400_000;
const createdAt = '2026-01-01T10:00:00.000Z';
const order = { accessToken: 'token-abc', createdAt };
const at = (days: number) => new Date(Date.parse(createdAt) + days * day);

describe('guestAccess', () => {
  it('denies a wrong or missing token, whatever its age', () => {
    expect(guestAccess(order, 'token-abd', 90, at(1))).toBe('denied');
    expect(guestAccess(order, undefined, 90, at(1))).toBe('denied');
    expect(guestAccess(order, 'token-ab', 90, at(1))).toBe('denied');
    expect(guestAccess(order, 'token-abd', 90, at(100))).toBe('denied');
  });

  it('grants the token until the period since the order was placed has passed', () => {
    expect(guestAccess(order, 'token-abc', 90, at(0))).toBe('granted');
    expect(guestAccess(order, 'token-abc', 90, at(90))).toBe('granted');
    expect(guestAccess(order, 'token-abc', 90, new Date(at(90).getTime() + 1))).toBe('expired');
    expect(guestAccess(order, 'token-abc', 30, at(31))).toBe('expired');
  });

  it('counts from when a rotated token was issued', () => {
    const rotated = { ...order, accessTokenIssuedAt: at(80).toISOString() };
    expect(guestAccess(rotated, 'token-abc', 90, at(120))).toBe('granted');
    expect(guestAccess(rotated, 'token-abc', 90, at(171))).toBe('expired');
  });
});

describe('payment window', () => {
  it('holds stock for the shortest time a Stripe Checkout Session may last (30 minutes), plus a minute to create it', () => {
    expect(paymentWindowMinutes).toBe(31);
  });
});
