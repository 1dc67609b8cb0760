import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the webhook verification snippet in the README', () => {
  it('is the very function the tests verify deliveries with', () => {
    const snippet = readFileSync(new URL('./verify-shop-webhook.mjs', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('```js\n' + snippet + '```');
  });
});
