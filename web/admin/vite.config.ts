import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The merchant's admin, built on its own into `web/dist/admin` (served under `/admin`): a separate
 * build keeps the storefront's chunks exactly as they are, so shoppers load nothing of the admin.
 */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/admin/',
  publicDir: false,
  plugins: [preact()],
  build: { outDir: '../dist/admin', emptyOutDir: true, assetsDir: 'assets', target: 'es2022' },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
