import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root,
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    // Two pages: the storefront, and the merchant's admin under /admin, which shoppers never load.
    rollupOptions: { input: { main: `${root}index.html`, admin: `${root}admin/index.html` } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
