/** esbuild settings for Lambda bundles, shared by the CDK stack and the cold-start bench. */
import type { BuildOptions } from 'esbuild';

// ESM bundles have no `require`; some CommonJS dependencies still call it.
export const requireBanner = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export const mainFields = ['module', 'main'];

/** What `NodejsFunction` runs, minus source maps, for a local Node version. */
export const bundlingDefaults = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: `node${process.versions.node.split('.')[0]}`,
  minify: true,
  sourcemap: false,
  mainFields,
  banner: { js: requireBanner },
} satisfies BuildOptions;
