import { describe, expect, it } from 'vitest';
import { defaultDeliveryConfig, quoteDelivery } from '#shared/domain/delivery/methods.ts';
import { defaultShopSettings, withFieldDefaults } from './defaults.ts';
import { deliveryConfigOf } from './delivery-config.ts';
import { freeDeliveryThreshold, shopperView } from './shopper-view.ts';

const monday = new Date('2026-11-23T09:00:00Z');

describe('defaultShopSettings', () => {
  it('starts from the rates, name and 30-day window the shop had as constants', () => {
    const settings = defaultShopSettings();
    expect(settings).toMatchObject({ shopName: 'La Boutique', supportEmail: null, returnWindowDays: 30, version: 0, updatedAt: null });
    expect(deliveryConfigOf(settings.delivery)).toEqual(defaultDeliveryConfig);
  });

  it('takes deployment overrides, never below the withdrawal right', () => {
    expect(defaultShopSettings({ shopName: 'Atelier Lumière', supportEmail: 'aide@atelier.fr', returnWindowDays: 60 })).toMatchObject({ shopName: 'Atelier Lumière', supportEmail: 'aide@atelier.fr', returnWindowDays: 60 });
    expect(defaultShopSettings({ returnWindowDays: 7 }).returnWindowDays).toBe(14);
    // Guest links last at least the return window, 90 days by default.
    expect(defaultShopSettings().guestAccessDays).toBe(90);
    expect(defaultShopSettings({ returnWindowDays: 120 }).guestAccessDays).toBe(120);
  });
});

describe('deliveryConfigOf', () => {
  it('quotes only enabled methods, with the stored prices and thresholds', () => {
    const settings = defaultShopSettings();
    settings.delivery.methods[2]!.enabled = false;
    settings.delivery.methods[0]!.pricing = { type: 'flat', price: 700 };
    settings.delivery.methods[0]!.freeAbove = 3000;
    settings.delivery.methods[3]!.freeAbove = null;
    const quotes = quoteDelivery(deliveryConfigOf(settings.delivery), { country: 'FR', weightGrams: 400, goodsTotal: 4500, now: monday });
    expect(quotes.map(({ method, price }) => [method, price])).toEqual([
      ['standard', 0],
      ['relay', 390],
      ['click_collect', 0],
    ]);
  });

  it('needs no address only for click & collect', () => {
    expect(deliveryConfigOf(defaultShopSettings().delivery).methods.map((method) => [method.id, method.needsAddress])).toEqual([
      ['standard', true],
      ['standard', true],
      ['express', true],
      ['relay', true],
      ['click_collect', false],
    ]);
  });
});

describe('shopperView', () => {
  it('shows enabled methods without the switch, and no version', () => {
    const settings = { ...defaultShopSettings(), version: 3 };
    settings.delivery.methods[2]!.enabled = false;
    const view = shopperView(settings);
    expect(view.delivery.methods.map((method) => method.id)).toEqual(['standard', 'standard', 'relay', 'click_collect']);
    expect(view.delivery.methods[0]).not.toHaveProperty('enabled');
    expect(view).not.toHaveProperty('version');
  });

  it('finds the free-delivery threshold of a method in a country', () => {
    const { methods } = shopperView(defaultShopSettings()).delivery;
    expect([freeDeliveryThreshold(methods, 'FR'), freeDeliveryThreshold(methods, 'DE'), freeDeliveryThreshold(methods, 'FR', 'relay'), freeDeliveryThreshold(methods, 'FR', 'express')]).toEqual([6000, 10_000, 4000, undefined]);
  });
});

describe('withFieldDefaults', () => {
  it('gives settings saved before the guest access period existed its default, at least their return window', () => {
    const { guestAccessDays: _absent, ...saved } = { ...defaultShopSettings(), version: 3 };
    expect(withFieldDefaults(saved).guestAccessDays).toBe(90);
    expect(withFieldDefaults({ ...saved, returnWindowDays: 200 }).guestAccessDays).toBe(200);
    expect(withFieldDefaults({ ...saved, guestAccessDays: 30 }).guestAccessDays).toBe(30);
  });
});
