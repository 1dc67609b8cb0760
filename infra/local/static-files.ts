/** Serves the storefront build the way CloudFront does: SPA fallback, long-lived hashed assets, gzip. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { storefrontHeaders } from '../web-headers.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

export interface StaticResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Buffer;
}

interface CachedFile {
  mtimeMs: number;
  body: Buffer;
  gzipped?: Buffer;
}

export const createStaticFiles = (rootDir: string, headers: Record<string, string> = storefrontHeaders) => {
  const cache = new Map<string, CachedFile>();

  const readCached = async (path: string): Promise<CachedFile | undefined> => {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === info.mtimeMs) return hit;
    const body = await readFile(path);
    const entry: CachedFile = { mtimeMs: info.mtimeMs, body };
    if (compressible.has(extname(path)) && body.byteLength > 1024) entry.gzipped = gzipSync(body);
    cache.set(path, entry);
    return entry;
  };

  /** Extension-less paths are client-side routes: they get index.html (the admin's its own), as CloudFront's rewrite does. */
  const fileFor = (pathname: string): string | undefined => {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    if (relative.split(sep).includes('..')) return undefined;
    if (extname(relative)) return join(rootDir, relative);
    const admin = relative === 'admin' || relative.startsWith(`admin${sep}`);
    return join(rootDir, admin ? 'admin/index.html' : 'index.html');
  };

  return async (pathname: string, acceptEncoding = ''): Promise<StaticResponse> => {
    const path = fileFor(pathname);
    const file = path ? await readCached(path) : undefined;
    if (!path || !file) {
      return {
        statusCode: 404,
        headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
        body: Buffer.from('Not found'),
      };
    }
    const extension = extname(path);
    const responseHeaders: Record<string, string> = {
      ...headers,
      'content-type': contentTypes[extension] ?? 'application/octet-stream',
      'cache-control': /^\/(admin\/)?assets\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    if (file.gzipped && /\bgzip\b/.test(acceptEncoding)) {
      return { statusCode: 200, headers: { ...responseHeaders, 'content-encoding': 'gzip' }, body: file.gzipped };
    }
    return { statusCode: 200, headers: responseHeaders, body: file.body };
  };
};
