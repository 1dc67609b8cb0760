import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signLink, verifyLink } from './link-tokens.ts';

const secret = 'a-long-random-secret-for-links';

describe('signed link tokens', () => {
  it('round-trips a payload for its purpose', () => {
    const token = signLink('restore-cart', 'cart-123', secret);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(verifyLink('restore-cart', token, secret)).toBe('cart-123');
  });

  it('matches an independently computed HMAC', () => {
    const [, sig] = signLink('unsubscribe', 'hash-1', secret).split('.');
    expect(sig).toBe(createHmac('sha256', secret).update('unsubscribe:hash-1').digest('base64url'));
  });

  it('refuses another purpose, another secret, an altered payload or a malformed token', () => {
    const token = signLink('unsubscribe', 'hash-1', secret);
    expect(verifyLink('restore-cart', token, secret)).toBeUndefined();
    expect(verifyLink('unsubscribe', token, 'another-secret')).toBeUndefined();
    const [, sig] = token.split('.');
    expect(verifyLink('unsubscribe', `${Buffer.from('hash-2').toString('base64url')}.${sig}`, secret)).toBeUndefined();
    for (const bad of ['', 'nodot', '.', 'abc.', '.abc']) expect(verifyLink('unsubscribe', bad, secret)).toBeUndefined();
    expect(verifyLink('unsubscribe', token, '')).toBeUndefined();
  });
});
