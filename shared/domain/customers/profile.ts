/**
 * A shopper's profile: names, language and marketing consent. Consent is off until the shopper
 * gives it; each change is dated, says where it was given, and is kept as a record of its own
 * (the proof of consent the GDPR asks a merchant to be able to show).
 */
import type { Locale } from '#shared/domain/catalog/model.ts';

export type ConsentSource = 'account';

export interface MarketingConsent {
  consent: boolean;
  /** When the current choice was made; null while the shopper has never chosen. */
  at: string | null;
  source: ConsentSource | null;
}

export interface CustomerProfile {
  sub: string;
  /** The account's address when the profile was last saved (the token is the source of truth). */
  email?: string;
  givenName: string;
  familyName: string;
  locale: Locale;
  marketing: MarketingConsent;
  createdAt: string;
  updatedAt: string;
  /** 0 for a profile never saved; every save moves it on (optimistic locking). */
  version: number;
}

export interface ConsentChange {
  consent: boolean;
  previous: boolean;
  at: string;
  source: ConsentSource;
}

export interface ProfileInput {
  givenName: string;
  familyName: string;
  locale: Locale;
  marketingConsent: boolean;
}

/** The profile of an account that never saved one: no names, French, no consent. */
export const newProfile = (sub: string, now: string): CustomerProfile => ({
  sub,
  givenName: '',
  familyName: '',
  locale: 'fr',
  marketing: { consent: false, at: null, source: null },
  createdAt: now,
  updatedAt: now,
  version: 0,
});

/** Applies the shopper's edit; a change of consent is dated, sourced and answered as its own record. */
export const changeProfile = (
  current: CustomerProfile,
  input: ProfileInput,
  context: { email?: string; now: string; source: ConsentSource },
): { profile: CustomerProfile; consentChange?: ConsentChange } => {
  const consentChanged = input.marketingConsent !== current.marketing.consent;
  const { email: _previousEmail, ...rest } = current;
  const profile: CustomerProfile = {
    ...rest,
    ...(context.email ? { email: context.email } : current.email ? { email: current.email } : {}),
    givenName: input.givenName,
    familyName: input.familyName,
    locale: input.locale,
    marketing: consentChanged ? { consent: input.marketingConsent, at: context.now, source: context.source } : current.marketing,
    updatedAt: context.now,
  };
  if (!consentChanged) return { profile };
  return { profile, consentChange: { consent: input.marketingConsent, previous: current.marketing.consent, at: context.now, source: context.source } };
};
