import { describe, expect, it } from 'vitest';
import { loadCarrierSecrets } from './carrier-secrets.ts';

describe('loadCarrierSecrets', () => {
  it('keeps carriers whose secret is long enough, in a map that inherited names do not reach', async () => {
    const secrets = await loadCarrierSecrets({ CARRIER_WEBHOOK_SECRETS: JSON.stringify({ demo: 'a'.repeat(16), short: 'abc', odd: 42 }) });
    expect([...secrets.keys()]).toEqual(['demo']);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(secrets.get(name)).toBeUndefined();
  });

  it('answers no carriers for invalid or missing configuration', async () => {
    expect((await loadCarrierSecrets({ CARRIER_WEBHOOK_SECRETS: 'not json' })).size).toBe(0);
    expect((await loadCarrierSecrets({ CARRIER_WEBHOOK_SECRETS: 'null' })).size).toBe(0);
    expect((await loadCarrierSecrets({})).size).toBe(0);
  });

});
