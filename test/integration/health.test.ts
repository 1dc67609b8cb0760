import { describe, expect, it } from 'vitest';
import { queueNames } from '../../infra/resources.ts';
import { api } from './support.ts';

describe('GET /api/health', () => {
  it('reports the table, every queue, email and auth up', async () => {
    const response = await api('/api/health');
    expect(response.status).toBe(200);
    expect(response.json.status).toBe('ok');
    expect(Object.keys(response.json.checks).sort()).toEqual(['auth', 'email', ...queueNames.map((queue) => `queue:${queue}`), 'table'].sort());
    for (const check of Object.values(response.json.checks)) expect(check).toMatchObject({ status: 'up' });
  });
});

describe('the storefront', () => {
  it('is served on the same origin, with client-side routes falling back to index.html', async () => {
    for (const path of ['/', '/produits/chaussure-rouge']) {
      const response = await api(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.text).toContain('<div id="app">');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('answers 404 for a missing asset instead of the page', async () => {
    expect((await api('/assets/missing.js')).status).toBe(404);
  });
});
