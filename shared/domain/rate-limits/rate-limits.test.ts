import { describe, expect, it } from 'vitest';
import { clientIpOf, defaultLimits, exemptIpsFrom, limitEnvName, limitsFrom } from './limits.ts';
import { windowAt } from './window.ts';

describe('windowAt', () => {
  it('aligns windows on the epoch and says how long until the next one', () => {
    const window = windowAt(new Date('2026-01-01T10:07:30.250Z'), 600);
    expect(window.start).toBe(Date.parse('2026-01-01T10:00:00Z') / 1000);
    expect(window.retryAfterSeconds).toBe(150);
    expect(window.expiresAt).toBe(window.start + 1200);
  });

  it('never asks to wait less than a second', () => {
    expect(windowAt(new Date('2026-01-01T10:09:59.900Z'), 600).retryAfterSeconds).toBe(1);
    expect(windowAt(new Date('2026-01-01T10:10:00.000Z'), 600).retryAfterSeconds).toBe(600);
  });
});

describe('limitsFrom', () => {
  it('keeps the defaults without variables', () => {
    expect(limitsFrom({})).toEqual(defaultLimits);
  });

  it('overrides one class and scope by RATE_LIMIT_<CLASS>_<SCOPE>', () => {
    expect(limitEnvName('order-token', 'order')).toBe('RATE_LIMIT_ORDER_TOKEN_ORDER');
    const limits = limitsFrom({ RATE_LIMIT_DISCOUNT_IP: '5/60', RATE_LIMIT_ORDER_TOKEN_ORDER: ' 7/30 ' });
    expect(limits.discount.ip).toEqual({ limit: 5, windowSeconds: 60 });
    expect(limits['order-token'].order).toEqual({ limit: 7, windowSeconds: 30 });
    expect(limits.checkout).toEqual(defaultLimits.checkout);
  });

  it('refuses a malformed value rather than silently keeping a default', () => {
    expect(() => limitsFrom({ RATE_LIMIT_CHECKOUT_IP: 'lots' })).toThrow(/RATE_LIMIT_CHECKOUT_IP/);
    expect(() => limitsFrom({ RATE_LIMIT_CHECKOUT_IP: '5/0' })).toThrow(/RATE_LIMIT_CHECKOUT_IP/);
  });

  it('reads the exempt addresses', () => {
    expect([...exemptIpsFrom({ RATE_LIMIT_EXEMPT_IPS: '127.0.0.1, ::1,' })]).toEqual(['127.0.0.1', '::1']);
    expect(exemptIpsFrom({}).size).toBe(0);
  });
});

describe('clientIpOf', () => {
  it("takes CloudFront's viewer address without its port", () => {
    expect(clientIpOf('198.51.100.7:46532', '130.176.1.1')).toBe('198.51.100.7');
    expect(clientIpOf('2001:db8:85a3::8a2e:370:7334:443', '130.176.1.1')).toBe('2001:db8:85a3::8a2e:370:7334');
  });

  it('falls back to the source IP, IPv4-mapped addresses unmapped', () => {
    expect(clientIpOf(undefined, '203.0.113.9')).toBe('203.0.113.9');
    expect(clientIpOf('', '::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(clientIpOf('::ffff:10.0.0.1:5000', 'x')).toBe('10.0.0.1');
  });
});
