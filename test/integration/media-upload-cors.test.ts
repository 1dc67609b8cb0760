import { beforeAll, describe, expect, it } from 'vitest';
import { api, merchantTokens, stack } from './support.ts';

// A 1×1 PNG.
const image = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d7f0a20000000049454e44ae426082', 'hex');

let token: string;
beforeAll(async () => {
  token = (await merchantTokens()).idToken;
});

const presign = async () => {
  const response = await api('/api/admin/uploads/images', {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contentType: 'image/png', size: image.byteLength }),
  });
  expect(response.status).toBe(201);
  return response.json as { uploadUrl: string; headers: Record<string, string>; url: string };
};

const preflight = (url: string, origin: string, headers = 'content-type,cache-control') =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': headers } });

describe('browser image uploads to the media bucket', () => {
  it('lets the shop’s own pages PUT cross-origin, as a browser does: preflight, then the upload', async () => {
    const shop = new URL(stack().shopUrl).origin;
    const { uploadUrl, headers, url } = await presign();
    // The upload goes to the bucket, not to the shop: a cross-origin request for the browser.
    expect(new URL(uploadUrl).origin).not.toBe(shop);
    const allowed = await preflight(uploadUrl, shop);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(allowed.headers.get('access-control-allow-headers')?.split(/,\s*/).sort()).toEqual(['cache-control', 'content-type']);
    const upload = await fetch(uploadUrl, { method: 'PUT', headers: { ...headers, origin: shop }, body: image });
    expect(upload.status).toBe(200);
    expect(upload.headers.get('access-control-allow-origin')).toBe(shop);
    expect((await api(url)).status).toBe(200);
  });

  it('accepts the shop under 127.0.0.1 as well as localhost', async () => {
    const { uploadUrl } = await presign();
    const port = new URL(stack().shopUrl).port;
    expect((await preflight(uploadUrl, `http://127.0.0.1:${port}`)).status).toBe(200);
    expect((await preflight(uploadUrl, `http://localhost:${port}`)).status).toBe(200);
  });

  it('refuses pages of any other origin, and headers the presign did not ask for', async () => {
    const { uploadUrl } = await presign();
    expect((await preflight(uploadUrl, 'http://evil.example')).status).toBe(403);
    expect((await preflight(uploadUrl, new URL(stack().shopUrl).origin, 'content-type,x-amz-acl')).status).toBe(403);
  });
});
