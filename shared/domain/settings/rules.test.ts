import { describe, expect, it } from 'vitest';
import { defaultShopSettings } from './defaults.ts';
import type { DeliveryMethodSettings, ShopSettingsDraft } from './model.ts';
import { settingsProblems } from './rules.ts';

const draft = (change: (settings: ShopSettingsDraft) => void = () => undefined): ShopSettingsDraft => {
  const { version: _version, updatedAt: _updatedAt, ...settings } = structuredClone(defaultShopSettings());
  change(settings);
  return settings;
};
const method = (settings: ShopSettingsDraft, index: number): DeliveryMethodSettings => settings.delivery.methods[index]!;
const problemsOf = (change: (settings: ShopSettingsDraft) => void) => settingsProblems(draft(change)).map(({ path, code }) => ({ path, code }));

describe('settingsProblems', () => {
  it('accepts the defaults and filled-in legal details', () => {
    expect(settingsProblems(draft())).toEqual([]);
    expect(
      problemsOf((settings) => {
        settings.supportEmail = 'bonjour@atelier.fr';
        settings.legal = { ...settings.legal, companyName: 'Atelier SAS', legalForm: 'SAS', shareCapital: 1_000_000, vatNumber: 'FR 12 912345678', phone: '+33 4 78 00 00 00' };
      }),
    ).toEqual([]);
  });

  it('refuses a return window shorter than the 14-day EU withdrawal right, and keeps 14', () => {
    expect(problemsOf((settings) => (settings.returnWindowDays = 5))).toEqual([{ path: 'body.returnWindowDays', code: 'return_window_too_short' }]);
    expect(problemsOf((settings) => (settings.returnWindowDays = 13))).toEqual([{ path: 'body.returnWindowDays', code: 'return_window_too_short' }]);
    expect(problemsOf((settings) => (settings.returnWindowDays = 14))).toEqual([]);
    expect(problemsOf((settings) => (settings.returnWindowDays = 14.5))).toEqual([{ path: 'body.returnWindowDays', code: 'return_window_invalid' }]);
    expect(problemsOf((settings) => (settings.returnWindowDays = 366))).toEqual([{ path: 'body.returnWindowDays', code: 'return_window_invalid' }]);
  });

  it('wants guest links to last 14 to 730 whole days, and at least the return window', () => {
    expect(draft().guestAccessDays).toBe(90);
    for (const days of [13, 731, 45.5, -1]) expect(problemsOf((settings) => (settings.guestAccessDays = days))).toEqual([{ path: 'body.guestAccessDays', code: 'guest_access_invalid' }]);
    for (const days of [30, 730]) expect(problemsOf((settings) => (settings.guestAccessDays = days))).toEqual([]);
    expect(problemsOf((settings) => ((settings.returnWindowDays = 14), (settings.guestAccessDays = 14)))).toEqual([]);
    expect(problemsOf((settings) => ((settings.returnWindowDays = 60), (settings.guestAccessDays = 45)))).toEqual([{ path: 'body.guestAccessDays', code: 'guest_access_shorter_than_returns' }]);
    expect(problemsOf((settings) => ((settings.returnWindowDays = 60), (settings.guestAccessDays = 60)))).toEqual([]);
  });

  it('wants prices and thresholds in whole, non-negative cents', () => {
    expect(
      problemsOf((settings) => {
        method(settings, 2).pricing = { type: 'flat', price: -1 };
        method(settings, 3).pricing = { type: 'flat', price: 3.9 };
        method(settings, 0).freeAbove = 59.99;
      }),
    ).toEqual([
      { path: 'body.delivery.methods.0.freeAbove', code: 'threshold_invalid' },
      { path: 'body.delivery.methods.2.pricing.price', code: 'price_invalid' },
      { path: 'body.delivery.methods.3.pricing.price', code: 'price_invalid' },
    ]);
    expect(problemsOf((settings) => (method(settings, 0).freeAbove = null))).toEqual([]);
  });

  it('wants weight bands that carry more and cost no less, one after the other', () => {
    expect(
      problemsOf((settings) => {
        method(settings, 0).pricing = { type: 'weight_bands', bands: [{ maxGrams: 1000, price: 695 }, { maxGrams: 500, price: 495 }, { maxGrams: 0, price: 900 }] };
      }),
    ).toEqual([
      { path: 'body.delivery.methods.0.pricing.bands.1.maxGrams', code: 'bands_not_increasing' },
      { path: 'body.delivery.methods.0.pricing.bands.1.price', code: 'band_price_decreasing' },
      { path: 'body.delivery.methods.0.pricing.bands.2.maxGrams', code: 'weight_invalid' },
      { path: 'body.delivery.methods.0.pricing.bands.2.maxGrams', code: 'bands_not_increasing' },
    ]);
    expect(problemsOf((settings) => (method(settings, 0).pricing = { type: 'weight_bands', bands: [] }))).toEqual([{ path: 'body.delivery.methods.0.pricing.bands', code: 'bands_empty' }]);
  });

  it('serves only countries an address may name, each once per enabled method', () => {
    expect(
      problemsOf((settings) => {
        method(settings, 1).countries = ['BE', 'CH', 'BE', 'FR'];
        method(settings, 4).countries = [];
      }),
    ).toEqual([
      { path: 'body.delivery.methods.1.countries.1', code: 'country_unsupported' },
      { path: 'body.delivery.methods.1.countries.2', code: 'country_duplicate' },
      { path: 'body.delivery.methods.1.countries.2', code: 'country_served_twice' },
      { path: 'body.delivery.methods.1.countries.3', code: 'country_served_twice' },
      { path: 'body.delivery.methods.4.countries', code: 'countries_empty' },
    ]);
    // A disabled entry may keep an alternative offer for the same countries.
    expect(problemsOf((settings) => settings.delivery.methods.push({ ...method(settings, 0), enabled: false }))).toEqual([]);
  });

  it('keeps at least one method enabled, and a store address while click & collect is offered', () => {
    expect(problemsOf((settings) => settings.delivery.methods.forEach((entry) => (entry.enabled = false)))).toEqual([{ path: 'body.delivery.methods', code: 'no_enabled_method' }]);
    expect(problemsOf((settings) => (settings.delivery.storeAddress = ''))).toEqual([{ path: 'body.delivery.storeAddress', code: 'required' }]);
    expect(
      problemsOf((settings) => {
        settings.delivery.storeAddress = '';
        method(settings, 4).enabled = false;
      }),
    ).toEqual([]);
  });

  it('checks delivery promises, names, the shop name and contact formats', () => {
    expect(
      problemsOf((settings) => {
        settings.shopName = '';
        settings.supportEmail = 'pas-une-adresse';
        settings.legal.vatNumber = '12345';
        settings.legal.phone = 'appelez-nous';
        settings.legal.shareCapital = -100;
        method(settings, 0).name.en = '';
        method(settings, 0).transitDays = [4, 2];
        method(settings, 0).cutoffHour = 24;
      }),
    ).toEqual([
      { path: 'body.shopName', code: 'required' },
      { path: 'body.supportEmail', code: 'email_invalid' },
      { path: 'body.legal.shareCapital', code: 'amount_invalid' },
      { path: 'body.legal.vatNumber', code: 'vat_invalid' },
      { path: 'body.legal.phone', code: 'phone_invalid' },
      { path: 'body.delivery.methods.0.name.en', code: 'required' },
      { path: 'body.delivery.methods.0.transitDays', code: 'transit_invalid' },
      { path: 'body.delivery.methods.0.cutoffHour', code: 'cutoff_invalid' },
    ]);
  });
});
