import { describe, expect, it } from 'vitest';
import { loadPaymentConfig, loadWebhookSecret } from './payment-config.ts';

describe('loadPaymentConfig', () => {
  it('uses Stripe with a developer key, and holds no webhook secret', async () => {
    expect(await loadPaymentConfig({ STRIPE_SECRET_KEY: 'sk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1' })).toEqual({ mode: 'stripe', secretKey: 'sk_test_1' });
  });

  it('uses the local test page only when the local stack says so', async () => {
    expect(await loadPaymentConfig({ LOCAL_PAYMENTS: 'true', STRIPE_WEBHOOK_SECRET: 'whsec_local' })).toEqual({ mode: 'local', webhookSecret: 'whsec_local' });
  });

  it('refuses to start without keys, or with malformed ones', async () => {
    await expect(loadPaymentConfig({})).rejects.toThrow(/No Stripe keys/);
    await expect(loadPaymentConfig({ STRIPE_SECRET_KEY: 'pk_live_oops', STRIPE_WEBHOOK_SECRET: 'whsec_1' })).rejects.toThrow(/missing or malformed/);
  });
});

describe('loadWebhookSecret', () => {
  it('reads the signing secret alone, without any API key', async () => {
    expect(await loadWebhookSecret({ STRIPE_WEBHOOK_SECRET: 'whsec_1' })).toBe('whsec_1');
  });

  it('refuses a missing or malformed secret', async () => {
    await expect(loadWebhookSecret({ STRIPE_SECRET_KEY: 'sk_test_1' })).rejects.toThrow(/No Stripe webhook secret/);
    await expect(loadWebhookSecret({ STRIPE_WEBHOOK_SECRET: 'sk_test_1' })).rejects.toThrow(/missing or malformed/);
  });
});
