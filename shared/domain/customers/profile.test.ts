import { describe, expect, it } from 'vitest';
import { changeProfile, newProfile } from './profile.ts';

const t0 = '2026-05-01T10:00:00.000Z';
const t1 = '2026-05-02T10:00:00.000Z';
const input = { givenName: 'Ana', familyName: 'Martin', locale: 'en' as const, marketingConsent: false };

describe('newProfile', () => {
  it('starts with no names, in French, without marketing consent', () => {
    expect(newProfile('s1', t0)).toEqual({
      sub: 's1',
      givenName: '',
      familyName: '',
      locale: 'fr',
      marketing: { consent: false, at: null, source: null },
      createdAt: t0,
      updatedAt: t0,
      version: 0,
    });
  });
});

describe('changeProfile', () => {
  it('saves names and language without touching consent or its date', () => {
    const { profile, consentChange } = changeProfile(newProfile('s1', t0), input, { email: 'ana@example.com', now: t1, source: 'account' });
    expect(profile).toMatchObject({ givenName: 'Ana', familyName: 'Martin', locale: 'en', email: 'ana@example.com', updatedAt: t1, createdAt: t0 });
    expect(profile.marketing).toEqual({ consent: false, at: null, source: null });
    expect(consentChange).toBeUndefined();
  });

  it('dates and sources a change of consent, and records it', () => {
    const given = changeProfile(newProfile('s1', t0), { ...input, marketingConsent: true }, { now: t1, source: 'account' });
    expect(given.profile.marketing).toEqual({ consent: true, at: t1, source: 'account' });
    expect(given.consentChange).toEqual({ consent: true, previous: false, at: t1, source: 'account' });
    const t2 = '2026-05-03T10:00:00.000Z';
    const same = changeProfile(given.profile, { ...input, marketingConsent: true }, { now: t2, source: 'account' });
    expect(same.profile.marketing.at).toBe(t1);
    expect(same.consentChange).toBeUndefined();
    const withdrawn = changeProfile(given.profile, input, { now: t2, source: 'account' });
    expect(withdrawn.consentChange).toEqual({ consent: false, previous: true, at: t2, source: 'account' });
  });

  it('keeps the last known email when the token carries none', () => {
    const first = changeProfile(newProfile('s1', t0), input, { email: 'ana@example.com', now: t1, source: 'account' });
    expect(changeProfile(first.profile, input, { now: t1, source: 'account' }).profile.email).toBe('ana@example.com');
  });
});
